// Five chunks, 200 ms apart.
use std::io::Write;

fn main() {
    let mut out = std::io::stdout();
    for i in 0..5 {
        writeln!(out, "chunk {}", i).unwrap();
        out.flush().unwrap();
        std::thread::sleep(std::time::Duration::from_millis(200));
    }
}
