//! The worker protocol as the host reads it: a stream of frames from a worker (tenant
//! code runs there, so any bytes) is read frame by frame and decoded; a bad length or a
//! malformed frame ends or skips, never panics or allocates past the frame limit.
#![no_main]

use ignite_runtime::protocol::{MAX_FRAME, WorkerFrame, read_frame};
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let runtime = tokio::runtime::Builder::new_current_thread().build().expect("a runtime");
    runtime.block_on(async {
        let mut stream = data;
        while let Ok((kind, body)) = read_frame(&mut stream).await {
            assert!(body.len() < MAX_FRAME);
            if let Some(WorkerFrame::Chunk { data, .. }) = WorkerFrame::decode(kind, &body) {
                assert_eq!(data.len() + 4, body.len());
            }
        }
    });
});
