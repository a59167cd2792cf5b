(module
  ;;PRELUDE
  ;; Prints every environment variable on its own line.
  (func (export "_start") (local $count i32) (local $i i32) (local $p i32) (local $len i32)
    (drop (call $environ_sizes_get (i32.const 16) (i32.const 20)))
    (local.set $count (i32.load (i32.const 16)))
    (drop (call $environ_get (i32.const 1024) (i32.const 8192)))
    (block $done (loop $each
      (br_if $done (i32.ge_u (local.get $i) (local.get $count)))
      (local.set $p (i32.load (i32.add (i32.const 1024) (i32.mul (local.get $i) (i32.const 4)))))
      (local.set $len (i32.const 0))
      (block $end (loop $scan
        (br_if $end (i32.eqz (i32.load8_u (i32.add (local.get $p) (local.get $len)))))
        (local.set $len (i32.add (local.get $len) (i32.const 1)))
        (br $scan)))
      (i32.store8 (i32.add (local.get $p) (local.get $len)) (i32.const 10))
      (call $write_all (i32.const 1) (local.get $p) (i32.add (local.get $len) (i32.const 1)))
      (local.set $i (i32.add (local.get $i) (i32.const 1)))
      (br $each)))))
