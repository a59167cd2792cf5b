  (import "wasi_snapshot_preview1" "fd_read" (func $fd_read (param i32 i32 i32 i32) (result i32)))
  (import "wasi_snapshot_preview1" "fd_write" (func $fd_write (param i32 i32 i32 i32) (result i32)))
  (import "wasi_snapshot_preview1" "environ_sizes_get" (func $environ_sizes_get (param i32 i32) (result i32)))
  (import "wasi_snapshot_preview1" "environ_get" (func $environ_get (param i32 i32) (result i32)))
  (import "wasi_snapshot_preview1" "poll_oneoff" (func $poll_oneoff (param i32 i32 i32 i32) (result i32)))
  (import "wasi_snapshot_preview1" "proc_exit" (func $proc_exit (param i32)))
  (memory (export "memory") 4)
  ;; Scratch: iovec at 0..8, counters at 16..24. Buffers from 1024.
  (func $write_all (param $fd i32) (param $ptr i32) (param $len i32)
    (block $done
      (loop $more
        (br_if $done (i32.eqz (local.get $len)))
        (i32.store (i32.const 0) (local.get $ptr))
        (i32.store (i32.const 4) (local.get $len))
        (br_if $done (call $fd_write (local.get $fd) (i32.const 0) (i32.const 1) (i32.const 20)))
        (local.set $ptr (i32.add (local.get $ptr) (i32.load (i32.const 20))))
        (local.set $len (i32.sub (local.get $len) (i32.load (i32.const 20))))
        (br $more))))
  ;; Reads up to 64 KiB of stdin into 1024..; returns the count (0 at end).
  (func $read (result i32)
    (i32.store (i32.const 8) (i32.const 1024))
    (i32.store (i32.const 12) (i32.const 65536))
    (drop (call $fd_read (i32.const 0) (i32.const 8) (i32.const 1) (i32.const 16)))
    (i32.load (i32.const 16)))
