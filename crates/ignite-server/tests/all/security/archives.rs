//! Crafted archives: image layers and `docker save` tarballs whose names or links lead
//! out of the image, links in place of files, code archives with escaping names, and a
//! layer borrowed from another organization by its digest alone.

use serde_json::{Value, json};
use sha2::{Digest, Sha256};

use super::{Sentinel, assert_no_secrets, compile};
use crate::harness::{Server, b64, deploy, python_draft};

/// One tar entry, its name written raw into the header (the tar builder refuses `..`
/// and absolute names itself).
#[derive(Clone, Copy)]
enum Entry<'a> {
    File(&'a str, &'a [u8]),
    Symlink(&'a str, &'a str),
    HardLink(&'a str, &'a str),
}

fn tar(entries: &[Entry]) -> Vec<u8> {
    let mut builder = tar::Builder::new(Vec::new());
    for entry in entries {
        let mut header = tar::Header::new_gnu();
        header.set_mode(0o755);
        let (name, link, data, kind): (&str, &str, &[u8], tar::EntryType) = match entry {
            Entry::File(name, data) => (name, "", data, tar::EntryType::Regular),
            Entry::Symlink(name, target) => (name, target, b"", tar::EntryType::Symlink),
            Entry::HardLink(name, target) => (name, target, b"", tar::EntryType::Link),
        };
        header.set_entry_type(kind);
        header.set_size(data.len() as u64);
        let gnu = header.as_gnu_mut().unwrap();
        gnu.name[..name.len()].copy_from_slice(name.as_bytes());
        gnu.linkname[..link.len()].copy_from_slice(link.as_bytes());
        header.set_cksum();
        builder.append(&header, data).unwrap();
    }
    builder.into_inner().unwrap()
}

fn digest(bytes: &[u8]) -> String {
    format!("sha256:{}", hex::encode(Sha256::digest(bytes)))
}

/// An image configuration that runs `/bin/app`.
fn config() -> Vec<u8> {
    json!({"architecture": "amd64", "os": "linux", "config": {"Entrypoint": ["/bin/app"]}, "rootfs": {"type": "layers"}})
        .to_string()
        .into_bytes()
}

/// A `docker save` tarball: `manifest.json`, the configuration and the layers, plus any
/// `extra` entries (links in place of files).
fn docker_save(config_name: &str, layers: &[Vec<u8>], extra: &[Entry]) -> Vec<u8> {
    let layer_names: Vec<String> = (0..layers.len()).map(|i| format!("layer{i}/layer.tar")).collect();
    let manifest = json!([{"Config": config_name, "RepoTags": ["crafted:1"], "Layers": layer_names}]).to_string();
    let config = config();
    let mut entries = vec![Entry::File("manifest.json", manifest.as_bytes())];
    if !extra.iter().any(|e| matches!(e, Entry::Symlink(name, _) if *name == config_name)) {
        entries.push(Entry::File(config_name, &config));
    }
    for (name, layer) in layer_names.iter().zip(layers) {
        entries.push(Entry::File(name, layer));
    }
    entries.extend_from_slice(extra);
    tar(&entries)
}

/// An OCI layout of one image; the blobs of `omit` are left out of it.
fn oci_layout(layers: &[Vec<u8>], omit: &[String]) -> Vec<u8> {
    let config = config();
    let layer_descriptors: Vec<Value> = layers
        .iter()
        .map(|l| json!({"mediaType": "application/vnd.oci.image.layer.v1.tar", "digest": digest(l), "size": l.len()}))
        .collect();
    let manifest = json!({
        "schemaVersion": 2,
        "mediaType": "application/vnd.oci.image.manifest.v1+json",
        "config": {"mediaType": "application/vnd.oci.image.config.v1+json", "digest": digest(&config), "size": config.len()},
        "layers": layer_descriptors,
    })
    .to_string()
    .into_bytes();
    let index = json!({"schemaVersion": 2, "manifests": [{"mediaType": "application/vnd.oci.image.manifest.v1+json", "digest": digest(&manifest), "size": manifest.len()}]}).to_string();
    let mut blobs: Vec<(String, Vec<u8>)> =
        vec![(digest(&manifest), manifest.clone()), (digest(&config), config.clone())];
    blobs.extend(layers.iter().map(|l| (digest(l), l.clone())));
    let names: Vec<(String, Vec<u8>)> = blobs
        .into_iter()
        .filter(|(d, _)| !omit.contains(d))
        .map(|(d, b)| (format!("blobs/sha256/{}", d.trim_start_matches("sha256:")), b))
        .collect();
    let layout = br#"{"imageLayoutVersion":"1.0.0"}"#;
    let mut entries = vec![Entry::File("oci-layout", layout), Entry::File("index.json", index.as_bytes())];
    entries.extend(names.iter().map(|(n, b)| Entry::File(n, b)));
    tar(&entries)
}

async fn publish_archive(s: &Server, app: &str, archive: &[u8]) -> (u16, Value) {
    let draft = json!({"code": {"image": {"prebuilt": {"imageArchive": b64(archive)}}}}).to_string();
    deploy(s, &s.token, "dev", app, json!({}), &draft).await
}

fn assert_refused(status: u16, body: &Value, reason: &str) {
    assert!(status == 400 || status == 412, "refused: {status} {body}");
    assert!(body.to_string().contains(reason), "the reason ({reason}) is named: {body}");
}

#[tokio::test]
async fn crafted_layers_never_reach_outside_the_image() {
    let sentinel = Sentinel::new();
    let s = Server::start();
    let dir = sentinel.dir.display().to_string();
    let abs_whiteout = format!("{}/.wh.sentinel", dir.trim_start_matches('/'));
    let app_file = Entry::File("bin/app", b"#!/bin/sh\n");
    let cases: Vec<(&str, Vec<Vec<u8>>, &str)> = vec![
        // The reported attack: a whiteout with an absolute path.
        (
            "absolute",
            vec![tar(&[Entry::File(&format!("/{abs_whiteout}"), b""), Entry::File("bin/app", b"x")])],
            "absolute path",
        ),
        ("dotdot", vec![tar(&[Entry::File(&format!("../../../../../../{abs_whiteout}"), b"")])], "`..`"),
        // A lower layer's link, then a whiteout or a file through it.
        (
            "whiteout-through-link",
            vec![tar(&[Entry::Symlink("escape", &dir), app_file]), tar(&[Entry::File("escape/.wh.sentinel", b"")])],
            "symbolic link",
        ),
        (
            "file-through-link",
            vec![tar(&[Entry::Symlink("escape", &dir)]), tar(&[Entry::File("escape/owned", b"evil")])],
            "symbolic link",
        ),
        // A hard link to a host file.
        ("hard-link", vec![tar(&[Entry::HardLink("stolen", &format!("{dir}/sentinel"))])], "absolute path"),
        ("hard-link-up", vec![tar(&[Entry::HardLink("stolen", "../../../../../../../etc/passwd")])], "`..`"),
    ];
    for (app, layers, reason) in cases {
        let (status, body) = publish_archive(&s, app, &docker_save("config.json", &layers, &[])).await;
        assert_refused(status, &body, reason);
        sentinel.assert_intact();
    }
    // The server still serves.
    let (status, body) =
        deploy(&s, &s.token, "dev", "fine", json!({}), &python_draft("def handler(p, c):\n    return 'ok'\n")).await;
    assert_eq!(status, 200, "{body}");
}

#[tokio::test]
async fn a_docker_save_whose_files_are_links_is_refused_without_reading_the_host() {
    let sentinel = Sentinel::new();
    let s = Server::start();
    let layer = tar(&[Entry::File("bin/app", b"x")]);
    let target = sentinel.path.display().to_string();
    for (app, link) in
        [("zero", "/dev/zero"), ("host-file", target.as_str()), ("up", "../../../../../../../../dev/zero")]
    {
        let archive = docker_save("config.json", std::slice::from_ref(&layer), &[Entry::Symlink("config.json", link)]);
        let (status, body) = publish_archive(&s, app, &archive).await;
        assert!(status == 400 || status == 412, "{app}: {status} {body}");
        assert!(body.to_string().contains("config.json"), "{app}: names the file: {body}");
        assert_no_secrets(&s, &body.to_string());
    }
    sentinel.assert_intact();
}

#[tokio::test]
async fn code_archives_with_escaping_names_are_refused() {
    let sentinel = Sentinel::new();
    let s = Server::start();
    let escape = format!("../../../../../../..{}/owned", sentinel.dir.display());
    let archive =
        tar(&[Entry::File("handler.py", b"def handler(p, c):\n    return 'x'\n"), Entry::File(&escape, b"evil")]);
    let mut gz = flate2::write::GzEncoder::new(Vec::new(), flate2::Compression::fast());
    std::io::Write::write_all(&mut gz, &archive).unwrap();
    let draft =
        json!({"code": {"compile": {"runtime": {"python": {}}, "sourceCode": b64(&gz.finish().unwrap())}}}).to_string();
    s.call("POST", "/v1/ignite/app/dev", Some(r#"{"name":"escape"}"#)).await;
    let (status, body) = s.call("POST", "/v1/ignite/app/dev/escape/draft", Some(&draft)).await;
    assert_eq!(status, 200, "{body}");
    let (draft, log) = compile(&s, &s.token, "dev", "escape").await;
    assert_eq!(draft["status"], "VERSION_STATUS_FAILED", "{draft}");
    assert!(draft["error"].as_str().unwrap().contains("`..`"), "the reason is named: {draft}\n{log}");
    sentinel.assert_intact();
}

#[tokio::test]
async fn a_layer_is_reused_only_by_an_organization_that_sent_its_bytes() {
    let s = Server::start();
    let private_layer = tar(&[Entry::File("bin/app", b"org dev's private program")]);
    let (status, body) = publish_archive(&s, "owner", &oci_layout(std::slice::from_ref(&private_layer), &[])).await;
    assert_eq!(status, 200, "{body}");

    // Another organization names the same layer by digest without sending it.
    let other = s.new_token("other");
    let archive = oci_layout(std::slice::from_ref(&private_layer), &[digest(&private_layer)]);
    let draft = json!({"code": {"image": {"prebuilt": {"imageArchive": b64(&archive)}}}}).to_string();
    let (status, body) = deploy(&s, &other, "other", "thief", json!({}), &draft).await;
    assert!(status == 400 || status == 412, "{status} {body}");
    assert!(body.to_string().contains("lacks blob"), "{body}");
}
