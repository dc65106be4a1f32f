//! Shared by the CLI tests: run the `khabar` binary with arguments and standard input.

use std::io::Write;
use std::process::{Command, Output, Stdio};

/// Runs `khabar ARGS` with `stdin` written to its standard input (from a thread, so a large
/// input cannot deadlock against a full output pipe) and returns its output.
pub fn khabar(args: &[&str], stdin: &[u8]) -> Output {
    let mut child = Command::new(env!("CARGO_BIN_EXE_khabar"))
        .args(args)
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .expect("spawn khabar");
    let mut input = child.stdin.take().expect("stdin");
    let data = stdin.to_vec();
    let writer = std::thread::spawn(move || {
        let _ = input.write_all(&data);
    });
    let out = child.wait_with_output().expect("wait khabar");
    writer.join().expect("writer");
    out
}
