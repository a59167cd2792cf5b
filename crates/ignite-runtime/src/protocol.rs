//! The worker protocol between the host and a process runtime's worker (documented in
//! `docs/worker-protocol.md`): frames of `u32 length (little endian) | u8 kind | body`,
//! `length` counting the kind byte and the body. Control frames carry JSON; data frames
//! carry a `u32` call id followed by bytes.

use std::io;
use std::os::fd::{AsRawFd, RawFd};

use serde::Deserialize;
use tokio::io::{AsyncRead, AsyncReadExt, AsyncWrite, AsyncWriteExt, Interest};

pub const READY: u8 = 1;
pub const REQUEST: u8 = 2;
pub const BODY: u8 = 3;
pub const BODY_END: u8 = 4;
pub const HEAD: u8 = 5;
pub const CHUNK: u8 = 6;
pub const END: u8 = 7;
pub const LOG: u8 = 8;
pub const SPAWN: u8 = 9;
pub const SPAWNED: u8 = 10;
pub const EXITED: u8 = 11;
pub const CLAIM: u8 = 12;

/// Largest frame accepted from a worker.
pub const MAX_FRAME: usize = 64 << 20;

pub async fn write_frame<W: AsyncWrite + Unpin>(w: &mut W, kind: u8, body: &[u8]) -> io::Result<()> {
    let mut header = [0u8; 5];
    header[..4].copy_from_slice(&((body.len() + 1) as u32).to_le_bytes());
    header[4] = kind;
    w.write_all(&header).await?;
    w.write_all(body).await?;
    w.flush().await
}

/// A data frame: `id | bytes`.
pub async fn write_data<W: AsyncWrite + Unpin>(w: &mut W, kind: u8, id: u32, data: &[u8]) -> io::Result<()> {
    let mut body = Vec::with_capacity(4 + data.len());
    body.extend_from_slice(&id.to_le_bytes());
    body.extend_from_slice(data);
    write_frame(w, kind, &body).await
}

pub async fn read_frame<R: AsyncRead + Unpin>(r: &mut R) -> io::Result<(u8, Vec<u8>)> {
    let mut header = [0u8; 5];
    r.read_exact(&mut header).await?;
    let len = u32::from_le_bytes(header[..4].try_into().expect("4 bytes")) as usize;
    if len == 0 || len > MAX_FRAME {
        return Err(io::Error::new(io::ErrorKind::InvalidData, format!("bad frame length {len}")));
    }
    let mut body = vec![0u8; len - 1];
    r.read_exact(&mut body).await?;
    Ok((header[4], body))
}

/// A frame a worker sends the host, decoded. Control frames are JSON; a frame that does
/// not decode is ignored by the host (a worker cannot make it fail).
#[derive(Debug, PartialEq)]
pub enum WorkerFrame<'a> {
    Head { id: u32, status: u16, headers: Vec<(String, String)> },
    Chunk { id: u32, data: &'a [u8] },
    End { id: u32, error: Option<String> },
    Log { execution_id: String, stream: String, line: String },
}

#[derive(Deserialize)]
struct HeadFrame {
    id: u32,
    status: u16,
    #[serde(default)]
    headers: Vec<(String, String)>,
}

#[derive(Deserialize)]
struct EndFrame {
    id: u32,
    #[serde(default)]
    error: Option<String>,
}

#[derive(Deserialize)]
struct LogFrame {
    #[serde(default)]
    execution_id: String,
    stream: String,
    line: String,
}

impl<'a> WorkerFrame<'a> {
    /// The reply frame of `kind` with `body`; None for a malformed frame or a kind the
    /// host does not take from a worker after READY.
    pub fn decode(kind: u8, body: &'a [u8]) -> Option<WorkerFrame<'a>> {
        match kind {
            HEAD => {
                let h: HeadFrame = serde_json::from_slice(body).ok()?;
                Some(WorkerFrame::Head { id: h.id, status: h.status, headers: h.headers })
            }
            CHUNK => split_data(body).ok().map(|(id, data)| WorkerFrame::Chunk { id, data }),
            END => serde_json::from_slice::<EndFrame>(body).ok().map(|e| WorkerFrame::End { id: e.id, error: e.error }),
            LOG => serde_json::from_slice::<LogFrame>(body).ok().map(|l| WorkerFrame::Log {
                execution_id: l.execution_id,
                stream: l.stream,
                line: l.line,
            }),
            _ => None,
        }
    }
}

/// Splits a data frame body into its call id and bytes.
pub fn split_data(body: &[u8]) -> io::Result<(u32, &[u8])> {
    if body.len() < 4 {
        return Err(io::Error::new(io::ErrorKind::InvalidData, "short data frame"));
    }
    Ok((u32::from_le_bytes(body[..4].try_into().expect("4 bytes")), &body[4..]))
}

/// A whole frame as bytes (for sending with file descriptors).
pub fn frame(kind: u8, body: &[u8]) -> Vec<u8> {
    let mut out = Vec::with_capacity(5 + body.len());
    out.extend_from_slice(&((body.len() + 1) as u32).to_le_bytes());
    out.push(kind);
    out.extend_from_slice(body);
    out
}

/// Sends `data` with `fds` attached (SCM_RIGHTS) on a Unix stream socket.
pub async fn send_with_fds(stream: &tokio::net::UnixStream, data: &[u8], fds: &[RawFd]) -> io::Result<()> {
    loop {
        stream.writable().await?;
        match stream.try_io(Interest::WRITABLE, || sendmsg_fds(stream.as_raw_fd(), data, fds)) {
            Ok(n) if n == data.len() => return Ok(()),
            Ok(n) => return Err(io::Error::other(format!("short sendmsg: {n} of {} bytes", data.len()))),
            Err(e) if e.kind() == io::ErrorKind::WouldBlock => continue,
            Err(e) => return Err(e),
        }
    }
}

fn sendmsg_fds(socket: RawFd, data: &[u8], fds: &[RawFd]) -> io::Result<usize> {
    let fd_bytes = std::mem::size_of_val(fds);
    // SAFETY: CMSG_SPACE/CMSG_LEN are pure arithmetic on a length.
    let space = unsafe { libc::CMSG_SPACE(fd_bytes as u32) } as usize;
    let mut control = vec![0u8; space];
    let mut iov = libc::iovec { iov_base: data.as_ptr() as *mut libc::c_void, iov_len: data.len() };
    // SAFETY: msghdr is plain data; every pointer set below outlives the sendmsg call.
    let mut msg: libc::msghdr = unsafe { std::mem::zeroed() };
    msg.msg_iov = &mut iov;
    msg.msg_iovlen = 1;
    msg.msg_control = control.as_mut_ptr() as *mut libc::c_void;
    msg.msg_controllen = space;
    // SAFETY: the control buffer is CMSG_SPACE(fd_bytes) long, so the first header and
    // its data fit; CMSG_DATA points inside it.
    unsafe {
        let cmsg = libc::CMSG_FIRSTHDR(&msg);
        (*cmsg).cmsg_level = libc::SOL_SOCKET;
        (*cmsg).cmsg_type = libc::SCM_RIGHTS;
        (*cmsg).cmsg_len = libc::CMSG_LEN(fd_bytes as u32) as usize;
        std::ptr::copy_nonoverlapping(fds.as_ptr() as *const u8, libc::CMSG_DATA(cmsg), fd_bytes);
    }
    // SAFETY: `msg` is fully initialized above.
    let n = unsafe { libc::sendmsg(socket, &msg, libc::MSG_NOSIGNAL) };
    if n < 0 { Err(io::Error::last_os_error()) } else { Ok(n as usize) }
}
