use std::fs;
use std::path::Path;

use super::*;

fn names(dir: &Path) -> Vec<String> {
    let mut names: Vec<String> = fs::read_dir(dir)
        .unwrap()
        .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
        .collect();
    names.sort();
    names
}

#[test]
fn a_new_file_is_written_and_no_temp_is_left() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("out.csv");
    write_file(&path, b"new").unwrap();
    assert_eq!(fs::read(&path).unwrap(), b"new");
    assert_eq!(names(dir.path()), ["out.csv"]);
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt;
        let mode = fs::metadata(&path).unwrap().permissions().mode();
        assert_eq!(mode & 0o777, 0o644);
    }
}

#[cfg(unix)]
#[test]
fn an_existing_file_keeps_its_permissions() {
    use std::os::unix::fs::PermissionsExt;
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("out.csv");
    fs::write(&path, "old").unwrap();
    fs::set_permissions(&path, fs::Permissions::from_mode(0o640)).unwrap();
    write_file(&path, b"new").unwrap();
    assert_eq!(fs::read(&path).unwrap(), b"new");
    let mode = fs::metadata(&path).unwrap().permissions().mode();
    assert_eq!(mode & 0o777, 0o640);
}

#[cfg(unix)]
#[test]
fn an_existing_file_keeps_its_owner_when_we_may_keep_it() {
    use std::os::unix::fs::MetadataExt;
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("shared.toml");
    fs::write(&path, "old").unwrap();
    // Only root can give a file away; elsewhere the test has nothing to show.
    if std::os::unix::fs::chown(&path, Some(4321), Some(4321)).is_err() {
        return;
    }
    write_file(&path, b"new").unwrap();
    let meta = fs::metadata(&path).unwrap();
    assert_eq!((meta.uid(), meta.gid()), (4321, 4321));
}

#[cfg(unix)]
#[test]
fn a_chain_of_symlinks_is_followed_and_kept() {
    use std::os::unix::fs::symlink;
    let dir = tempfile::tempdir().unwrap();
    let real = dir.path().join("sub");
    fs::create_dir(&real).unwrap();
    fs::write(real.join("target.csv"), "old").unwrap();
    // a → sub/b → target.csv (relative to sub/)
    symlink("target.csv", real.join("b")).unwrap();
    symlink("sub/b", dir.path().join("a")).unwrap();
    write_file(&dir.path().join("a"), b"new").unwrap();
    assert_eq!(fs::read(real.join("target.csv")).unwrap(), b"new");
    assert!(dir.path().join("a").is_symlink());
    assert!(real.join("b").is_symlink());
    assert_eq!(names(&real), ["b", "target.csv"]);
    assert_eq!(link_target(&dir.path().join("a")), real.join("target.csv"));
}

#[cfg(unix)]
#[test]
fn a_dangling_symlink_creates_its_target() {
    use std::os::unix::fs::symlink;
    let dir = tempfile::tempdir().unwrap();
    symlink("made.csv", dir.path().join("link")).unwrap();
    write_file(&dir.path().join("link"), b"new").unwrap();
    assert_eq!(fs::read(dir.path().join("made.csv")).unwrap(), b"new");
    assert!(dir.path().join("link").is_symlink());
}

#[cfg(unix)]
#[test]
fn a_symlink_loop_is_an_error_naming_the_link() {
    use std::os::unix::fs::symlink;
    let dir = tempfile::tempdir().unwrap();
    symlink("b", dir.path().join("a")).unwrap();
    symlink("a", dir.path().join("b")).unwrap();
    let path = dir.path().join("a");
    let e = write_file(&path, b"x").unwrap_err();
    assert_eq!(e.path(), path);
    assert!(
        e.to_string().ends_with("too many levels of symbolic links"),
        "{e}"
    );
}

#[test]
fn a_directory_is_refused_with_its_name() {
    let dir = tempfile::tempdir().unwrap();
    let e = write_file(dir.path(), b"x").unwrap_err();
    assert_eq!(e.path(), dir.path());
    assert_eq!(e.io_error().kind(), io::ErrorKind::IsADirectory);
    assert!(!e.to_string().contains("utilsoc-"), "{e}");
}

#[test]
fn a_missing_folder_names_the_file_not_a_temp() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("absent").join("out.csv");
    let e = write_file(&path, b"x").unwrap_err();
    assert_eq!(e.op(), Op::Create);
    assert_eq!(e.path(), path);
    assert!(!e.to_string().contains("utilsoc-"), "{e}");
}

#[cfg(target_os = "linux")]
#[test]
fn a_device_is_written_into_not_replaced() {
    write_file(Path::new("/dev/null"), b"x").unwrap();
    assert!(!fs::metadata("/dev/null").unwrap().is_file());
    let e = write_file(Path::new("/dev/full"), b"x").unwrap_err();
    assert!(e.is_storage_full(), "{e}");
    assert_eq!(e.path(), Path::new("/dev/full"));
}

#[cfg(unix)]
#[test]
fn a_fifo_is_written_into() {
    let dir = tempfile::tempdir().unwrap();
    let fifo = dir.path().join("pipe");
    let made = std::process::Command::new("mkfifo")
        .arg(&fifo)
        .status()
        .unwrap();
    assert!(made.success());
    let reader = {
        let fifo = fifo.clone();
        std::thread::spawn(move || fs::read(fifo).unwrap())
    };
    write_file(&fifo, b"through the pipe").unwrap();
    assert_eq!(reader.join().unwrap(), b"through the pipe");
    assert!(!fs::metadata(&fifo).unwrap().is_file());
    assert_eq!(names(dir.path()), ["pipe"]);
}

#[test]
fn a_set_that_cannot_be_staged_replaces_nothing() {
    let dir = tempfile::tempdir().unwrap();
    let (chart, blocked, doc) = (
        dir.path().join("r-a.svg"),
        dir.path().join("r-b.svg"),
        dir.path().join("r.md"),
    );
    fs::write(&chart, "old chart").unwrap();
    fs::create_dir(&blocked).unwrap();
    fs::write(&doc, "old doc").unwrap();
    let e = write_set(&[
        (&chart, b"new chart"),
        (&blocked, b"new"),
        (&doc, b"new doc"),
    ])
    .unwrap_err();
    assert_eq!(e.path(), blocked);
    assert_eq!(fs::read(&chart).unwrap(), b"old chart");
    assert_eq!(fs::read(&doc).unwrap(), b"old doc");
    assert_eq!(names(dir.path()), ["r-a.svg", "r-b.svg", "r.md"]);
}

#[test]
fn a_set_is_written_whole() {
    let dir = tempfile::tempdir().unwrap();
    let (chart, doc) = (dir.path().join("r-a.svg"), dir.path().join("r.md"));
    fs::write(&doc, "old doc").unwrap();
    write_set(&[(&chart, b"chart"), (&doc, b"doc")]).unwrap();
    assert_eq!(fs::read(&chart).unwrap(), b"chart");
    assert_eq!(fs::read(&doc).unwrap(), b"doc");
    assert_eq!(names(dir.path()), ["r-a.svg", "r.md"]);
}
