//! FunctionIds and app hosts: every reading of a host encodes back to that host, every
//! FunctionId reads back from its own host and its own text, and clashes are symmetric.
#![no_main]

use ignite_core::function_id::{FunctionId, decode_host, labels_clash};
use libfuzzer_sys::{arbitrary, fuzz_target};

#[derive(Debug, arbitrary::Arbitrary)]
struct Input {
    host: String,
    id: String,
    port: u16,
    other_label: String,
}

const BASE: &str = "apps.example.com";

fuzz_target!(|input: Input| {
    if let Ok(readings) = decode_host(&input.host, BASE) {
        assert!(!readings.is_empty(), "a decoded host has a reading");
        let lower = input.host.trim().to_ascii_lowercase();
        let label = lower.split('.').next().unwrap_or_default();
        for reading in readings {
            let encoded = reading.function.host(reading.port, BASE);
            assert_eq!(encoded.split('.').next(), Some(label), "{input:?} read as {reading:?}");
        }
    }
    if let Ok(id) = FunctionId::parse(&input.id) {
        assert_eq!(FunctionId::parse(&id.to_string()).as_ref(), Ok(&id));
        let port = input.port.max(1);
        let readings = decode_host(&id.host(port, BASE), BASE).expect("an app's own host decodes");
        assert!(readings.iter().any(|r| r.function == id && r.port == port), "{id} at {port}: {readings:?}");
        let label = id.host_label(80);
        assert!(labels_clash(&label, &label));
        assert_eq!(labels_clash(&label, &input.other_label), labels_clash(&input.other_label, &label));
    }
});
