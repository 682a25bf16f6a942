//! Where a command's output goes: standard output, or an `--output` file
//! replaced atomically.
//!
//! A file is written to a temporary file created with `O_EXCL` under a
//! random name in the target's folder (so nobody can plant a link at a
//! predictable name), synced to disk, then renamed over the target: a
//! reader sees the old file or the new one, never half of one. The
//! temporary file is removed when writing fails and when the run is
//! interrupted (SIGINT, SIGTERM, SIGHUP).
//!
//! Only regular files are replaced. A symbolic link is written through, as
//! `sponge` and `sed -i --follow-symlinks` do: the file it points to is
//! replaced and the link stays a link. A device (`/dev/null`), a FIFO, a
//! socket or a directory is refused: renaming over it would put a regular
//! file in its place (as root, `/dev/null` itself).

use anyhow::Context;
use std::io::Write;
use std::path::{Path, PathBuf};
use std::sync::Mutex;
use std::sync::atomic::{AtomicBool, Ordering};

/// Temporary output files not yet renamed into place: what an interrupted
/// run removes before it exits.
static PENDING: Mutex<Vec<PathBuf>> = Mutex::new(Vec::new());

/// Set at start-up when the process was started with standard output
/// closed (`newsx … >&-`): Rust's standard output then drops every write
/// silently, so the output would be lost with exit code 0.
static STDOUT_CLOSED: AtomicBool = AtomicBool::new(false);

/// Set inside the signal handler itself (before any interrupted read
/// returns): a run that was asked to stop never renames its output into
/// place, even when its main thread reaches the rename before the clean-up
/// thread takes the lock.
static INTERRUPTED: std::sync::LazyLock<std::sync::Arc<std::sync::atomic::AtomicUsize>> =
    std::sync::LazyLock::new(|| std::sync::Arc::new(std::sync::atomic::AtomicUsize::new(0)));

/// Notice a standard output that was closed when the process started
/// (`newsx … >&-`). Rust's runtime reopens a closed standard descriptor on
/// `/dev/null` before `main` (so no file opened later takes its number),
/// which makes the report vanish with exit code 0. That reopening is told
/// apart from a user's `> /dev/null` by its access mode: the runtime opens
/// `/dev/null` read-write, a shell's `>` opens it write-only.
pub fn guard_standard_streams() {
    #[cfg(unix)]
    {
        use std::os::unix::fs::MetadataExt;
        // SAFETY: fcntl(F_GETFL) and fstat only query the descriptor.
        let mode = unsafe { libc::fcntl(1, libc::F_GETFL) };
        let mut stat: libc::stat = unsafe { std::mem::zeroed() };
        let stat_ok = unsafe { libc::fstat(1, &mut stat) } == 0;
        let closed = mode == -1
            || (stat_ok
                && mode & libc::O_ACCMODE == libc::O_RDWR
                && std::fs::metadata("/dev/null").is_ok_and(|null| {
                    null.dev() == stat.st_dev as u64 && null.ino() == stat.st_ino as u64
                }));
        if closed {
            STDOUT_CLOSED.store(true, Ordering::Relaxed);
        }
    }
}

/// Remove the pending temporary files and exit on SIGINT, SIGTERM and
/// SIGHUP (exit code 128 + the signal, as a shell reports it).
pub fn clean_up_on_signals() {
    use signal_hook::consts::{SIGHUP, SIGINT, SIGTERM};
    for signal in [SIGINT, SIGTERM, SIGHUP] {
        let _ = signal_hook::flag::register_usize(
            signal,
            std::sync::Arc::clone(&INTERRUPTED),
            signal as usize,
        );
    }
    let Ok(mut signals) = signal_hook::iterator::Signals::new([SIGINT, SIGTERM, SIGHUP]) else {
        return; // no handler: the default action (no clean-up) still stops the run
    };
    std::thread::spawn(move || {
        if let Some(signal) = signals.forever().next() {
            let pending = PENDING.lock().unwrap_or_else(|e| e.into_inner());
            for path in pending.iter() {
                let _ = std::fs::remove_file(path);
            }
            std::process::exit(128 + signal);
        }
    });
}

/// A destination opened before the work that fills it, so that an
/// unwritable `--output` is reported before a long analysis, not after.
pub enum Output {
    Stdout,
    File {
        tmp: tempfile::NamedTempFile,
        /// The file to replace (a link's target when `--output` is a link).
        target: PathBuf,
        /// `--output` as given, for messages.
        shown: PathBuf,
    },
}

/// What kind of file a non-regular file is, for a message.
fn kind(meta: &std::fs::Metadata) -> &'static str {
    let t = meta.file_type();
    if t.is_dir() {
        return "a directory";
    }
    #[cfg(unix)]
    {
        use std::os::unix::fs::FileTypeExt;
        if t.is_char_device() || t.is_block_device() {
            return "a device";
        }
        if t.is_fifo() {
            return "a FIFO (named pipe)";
        }
        if t.is_socket() {
            return "a socket";
        }
    }
    "not a regular file"
}

/// The file `--output` really names: a symbolic link's target (followed
/// to the end of a chain), the path itself otherwise.
fn resolve(path: &Path) -> anyhow::Result<PathBuf> {
    let mut current = path.to_path_buf();
    for _ in 0..40 {
        match std::fs::symlink_metadata(&current) {
            Ok(m) if m.file_type().is_symlink() => {
                let link = std::fs::read_link(&current)
                    .with_context(|| format!("cannot read the link {}", current.display()))?;
                current = match current.parent() {
                    Some(dir) if link.is_relative() => dir.join(link),
                    _ => link,
                };
            }
            _ => return Ok(current),
        }
    }
    anyhow::bail!(
        "--output {}: too many levels of symbolic links",
        path.display()
    )
}

impl Output {
    /// Standard output (no `--output`, or `-o -`), or a temporary file
    /// beside the target, after checking that the target can be replaced.
    pub fn open(output: Option<&Path>) -> anyhow::Result<Output> {
        let path = match output {
            None => None,
            Some(p) if p.as_os_str() == "-" => None,
            Some(p) => Some(p),
        };
        let Some(path) = path else {
            if STDOUT_CLOSED.load(Ordering::Relaxed) {
                anyhow::bail!(
                    "standard output is closed: nowhere to write the output \
                     (redirect it, or use --output FILE)"
                );
            }
            return Ok(Output::Stdout);
        };
        let target = resolve(path)?;
        let mode = match std::fs::metadata(&target) {
            Ok(m) if m.is_file() => Some(m.permissions()),
            Ok(m) => anyhow::bail!(
                "--output {} is {}: newsx only replaces regular files \
                 (leave out --output and redirect standard output instead)",
                path.display(),
                kind(&m)
            ),
            Err(e) if e.kind() == std::io::ErrorKind::NotFound => None,
            Err(e) => {
                return Err(anyhow::Error::new(e))
                    .with_context(|| format!("cannot write --output {}", path.display()));
            }
        };
        let dir = target
            .parent()
            .filter(|p| !p.as_os_str().is_empty())
            .unwrap_or(Path::new("."));
        let name = target
            .file_name()
            .with_context(|| format!("--output {} needs a file name", path.display()))?;
        let prefix = format!(".{}.", name.to_string_lossy());
        let mut builder = tempfile::Builder::new();
        builder.prefix(&prefix).suffix(".newsx-tmp");
        #[cfg(unix)]
        let new_mode = {
            use std::os::unix::fs::PermissionsExt;
            // a new file gets the usual 0666 less the umask, as `>` gives
            std::fs::Permissions::from_mode(0o666)
        };
        #[cfg(unix)]
        builder.permissions(mode.clone().unwrap_or(new_mode));
        // the lock is held from the file's creation to its listing, so a
        // signal in between cannot leave it behind unlisted
        let mut pending = lock_pending();
        let tmp = builder.tempfile_in(dir).with_context(|| {
            format!(
                "cannot write --output {} (check that the folder {} exists and is writable)",
                path.display(),
                dir.display()
            )
        })?;
        if let Some(mode) = mode {
            // the umask applied at creation: give the replaced file's mode back
            let _ = tmp.as_file().set_permissions(mode);
        }
        pending.push(tmp.path().to_path_buf());
        drop(pending);
        Ok(Output::File {
            tmp,
            target,
            shown: path.to_path_buf(),
        })
    }

    /// Write the body, then sync and rename the temporary file into place
    /// (removed instead when `write` fails).
    pub fn write_with(
        self,
        write: impl FnOnce(&mut dyn Write) -> anyhow::Result<()>,
    ) -> anyhow::Result<()> {
        match self {
            Output::Stdout => {
                let mut out = std::io::BufWriter::with_capacity(1 << 16, std::io::stdout().lock());
                write(&mut out)?;
                out.flush()?;
                Ok(())
            }
            Output::File { tmp, target, shown } => {
                let tmp_path = tmp.path().to_path_buf();
                let result = finish(tmp, &target, write)
                    .with_context(|| format!("cannot write --output {}", shown.display()));
                lock_pending().retain(|p| p != &tmp_path);
                result
            }
        }
    }
}

fn lock_pending() -> std::sync::MutexGuard<'static, Vec<PathBuf>> {
    PENDING.lock().unwrap_or_else(|e| e.into_inner())
}

fn finish(
    mut tmp: tempfile::NamedTempFile,
    target: &Path,
    write: impl FnOnce(&mut dyn Write) -> anyhow::Result<()>,
) -> anyhow::Result<()> {
    {
        let mut out = std::io::BufWriter::with_capacity(1 << 16, tmp.as_file_mut());
        write(&mut out)?;
        out.flush()?;
    }
    tmp.as_file().sync_all()?;
    // the lock keeps a signal from removing the file while it is renamed
    let _pending = lock_pending();
    let signal = INTERRUPTED.load(Ordering::SeqCst);
    if signal != 0 {
        // as the clean-up thread would: no output, the signal's exit code
        let _ = tmp.close();
        std::process::exit(128 + signal as i32);
    }
    tmp.persist(target).map_err(|e| e.error)?;
    if let Some(dir) = target.parent().filter(|p| !p.as_os_str().is_empty())
        && let Ok(dir) = std::fs::File::open(dir)
    {
        let _ = dir.sync_all(); // the rename itself on disk
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    fn write(path: &Path, body: &str) -> anyhow::Result<()> {
        Output::open(Some(path))?.write_with(|out| Ok(out.write_all(body.as_bytes())?))
    }

    fn leftovers(dir: &Path) -> Vec<String> {
        std::fs::read_dir(dir)
            .unwrap()
            .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
            .filter(|n| n.ends_with(".newsx-tmp"))
            .collect()
    }

    #[test]
    fn replaces_a_regular_file_and_keeps_its_mode() {
        use std::os::unix::fs::PermissionsExt;
        let dir = tempfile::tempdir().unwrap();
        let out = dir.path().join("out.json");
        std::fs::write(&out, "old").unwrap();
        std::fs::set_permissions(&out, std::fs::Permissions::from_mode(0o640)).unwrap();
        write(&out, "new").unwrap();
        assert_eq!(std::fs::read_to_string(&out).unwrap(), "new");
        let mode = std::fs::metadata(&out).unwrap().permissions().mode() & 0o777;
        assert_eq!(mode, 0o640);
        assert!(leftovers(dir.path()).is_empty());
    }

    #[test]
    fn a_new_file_is_not_private() {
        use std::os::unix::fs::PermissionsExt;
        let dir = tempfile::tempdir().unwrap();
        let out = dir.path().join("new.json");
        write(&out, "x").unwrap();
        let mode = std::fs::metadata(&out).unwrap().permissions().mode() & 0o777;
        // 0666 less some umask: readable by others unless the umask forbids it
        assert_ne!(mode, 0o600, "created with tempfile's private mode");
        assert!(mode & 0o600 == 0o600);
    }

    #[test]
    fn writes_through_a_link_and_keeps_the_link() {
        let dir = tempfile::tempdir().unwrap();
        let real = dir.path().join("real.json");
        std::fs::write(&real, "old").unwrap();
        let link = dir.path().join("link.json");
        std::os::unix::fs::symlink("real.json", &link).unwrap();
        write(&link, "new").unwrap();
        assert!(
            std::fs::symlink_metadata(&link)
                .unwrap()
                .file_type()
                .is_symlink()
        );
        assert_eq!(std::fs::read_to_string(&real).unwrap(), "new");
    }

    #[test]
    fn refuses_what_is_not_a_regular_file() {
        let dir = tempfile::tempdir().unwrap();
        let err = write(dir.path(), "x").unwrap_err().to_string();
        assert!(err.contains("is a directory"), "{err}");
        // a device of our own, never the system's /dev/null (as root a
        // regression would replace it with a regular file)
        let null = dir.path().join("null");
        let c = std::ffi::CString::new(null.to_str().unwrap()).unwrap();
        if unsafe { libc::mknod(c.as_ptr(), libc::S_IFCHR | 0o666, libc::makedev(1, 3)) } == 0 {
            let err = write(&null, "x").unwrap_err().to_string();
            assert!(err.contains("is a device"), "{err}");
            assert!(!std::fs::metadata(&null).unwrap().is_file());
        }
        let fifo = dir.path().join("fifo");
        let c = std::ffi::CString::new(fifo.to_str().unwrap()).unwrap();
        assert_eq!(unsafe { libc::mkfifo(c.as_ptr(), 0o600) }, 0);
        let err = write(&fifo, "x").unwrap_err().to_string();
        assert!(err.contains("FIFO"), "{err}");
        // a link to a device is refused too, and stays a link
        let link = dir.path().join("fifo.json");
        std::os::unix::fs::symlink(&fifo, &link).unwrap();
        let err = write(&link, "x").unwrap_err().to_string();
        assert!(err.contains("FIFO"), "{err}");
        assert!(
            std::fs::symlink_metadata(&link)
                .unwrap()
                .file_type()
                .is_symlink()
        );
        assert!(leftovers(dir.path()).is_empty());
    }

    #[test]
    fn a_failed_write_leaves_the_old_file_and_no_temporary() {
        let dir = tempfile::tempdir().unwrap();
        let out = dir.path().join("out.json");
        std::fs::write(&out, "old").unwrap();
        let err = Output::open(Some(&out))
            .unwrap()
            .write_with(|_| anyhow::bail!("render failed"))
            .unwrap_err();
        assert!(format!("{err:#}").contains("render failed"));
        assert_eq!(std::fs::read_to_string(&out).unwrap(), "old");
        assert!(leftovers(dir.path()).is_empty());
        // other tests of this binary run in parallel and have their own
        // temporaries pending: only this one's must be gone from the list
        assert!(!lock_pending().iter().any(|p| p.starts_with(dir.path())));
    }

    #[test]
    fn the_temporary_name_is_not_predictable() {
        let dir = tempfile::tempdir().unwrap();
        let out = dir.path().join("out.json");
        // a link planted at the old fixed temporary name is left alone
        let victim = dir.path().join("victim");
        std::fs::write(&victim, "precious").unwrap();
        std::os::unix::fs::symlink(&victim, dir.path().join(".out.json.newsx-tmp")).unwrap();
        let a = Output::open(Some(&out)).unwrap();
        let b = Output::open(Some(&out)).unwrap();
        let name = |o: &Output| match o {
            Output::File { tmp, .. } => tmp.path().to_path_buf(),
            Output::Stdout => unreachable!(),
        };
        assert_ne!(name(&a), name(&b));
        a.write_with(|o| Ok(o.write_all(b"a")?)).unwrap();
        drop(b);
        assert_eq!(std::fs::read_to_string(&victim).unwrap(), "precious");
        assert_eq!(std::fs::read_to_string(&out).unwrap(), "a");
    }
}
