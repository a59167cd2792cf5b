(module
  ;;PRELUDE
  (func (export "_start") (local $n i32) (local $i i32) (local $b i32)
    (loop $chunk
      (local.set $n (call $read))
      (if (local.get $n) (then
        (local.set $i (i32.const 0))
        (block $done (loop $each
          (br_if $done (i32.ge_u (local.get $i) (local.get $n)))
          (local.set $b (i32.load8_u (i32.add (i32.const 1024) (local.get $i))))
          (if (i32.and (i32.ge_u (local.get $b) (i32.const 97)) (i32.le_u (local.get $b) (i32.const 122)))
            (then (i32.store8 (i32.add (i32.const 1024) (local.get $i)) (i32.sub (local.get $b) (i32.const 32)))))
          (local.set $i (i32.add (local.get $i) (i32.const 1)))
          (br $each)))
        (call $write_all (i32.const 1) (i32.const 1024) (local.get $n))
        (br $chunk))))))
