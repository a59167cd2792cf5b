(module
  ;;PRELUDE
  (func (export "_start") (local $n i32)
    (loop $chunk
      (local.set $n (call $read))
      (if (local.get $n) (then
        (call $write_all (i32.const 1) (i32.const 1024) (local.get $n))
        (br $chunk))))))
