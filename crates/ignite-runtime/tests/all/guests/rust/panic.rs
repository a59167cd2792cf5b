// Panics: the message reaches stderr, the run fails.
fn main() {
    let input = std::env::var("GREETING").unwrap_or_default();
    panic!("boom: {}", input);
}
