(module
  ;;PRELUDE
  (data (i32.const 512) "chunk\n")
  ;; Five chunks, 200 ms apart (a relative monotonic-clock subscription).
  (func (export "_start") (local $i i32)
    (block $done (loop $each
      (br_if $done (i32.ge_u (local.get $i) (i32.const 5)))
      (call $write_all (i32.const 1) (i32.const 512) (i32.const 6))
      (i64.store (i32.const 1024) (i64.const 0))
      (i32.store8 (i32.const 1032) (i32.const 0))
      (i32.store (i32.const 1040) (i32.const 1))
      (i64.store (i32.const 1048) (i64.const 200000000))
      (i64.store (i32.const 1056) (i64.const 0))
      (i32.store16 (i32.const 1064) (i32.const 0))
      (drop (call $poll_oneoff (i32.const 1024) (i32.const 2048) (i32.const 1) (i32.const 2560)))
      (local.set $i (i32.add (local.get $i) (i32.const 1)))
      (br $each)))))
