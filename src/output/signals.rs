//! The one signal handler of the process: on SIGINT, SIGTERM or SIGHUP it
//! removes our temporary files, runs the hooks commands registered (the
//! autoévaluation says what its file holds) and exits with 128 + the signal,
//! as shells do. Installed the first time a temporary file is made or a hook
//! registered; nothing else in the program may install its own.

use std::sync::{Mutex, Once};

type Hook = Box<dyn Fn() + Send + Sync>;

static HOOKS: Mutex<Vec<Hook>> = Mutex::new(Vec::new());
static INSTALL: Once = Once::new();

/// Runs `hook` when the process is interrupted by a signal, after our
/// temporary files are removed and before it exits with 128 + the signal (130
/// for SIGINT). A hook may print; it must not write files (the temporary file
/// registry is frozen by then) and need not exit.
pub fn on_signal(hook: Box<dyn Fn() + Send + Sync>) {
    install();
    HOOKS
        .lock()
        .unwrap_or_else(std::sync::PoisonError::into_inner)
        .push(hook);
}

pub(crate) fn install() {
    INSTALL.call_once(|| {
        #[cfg(unix)]
        {
            use signal_hook::consts::{SIGHUP, SIGINT, SIGTERM};
            // Without the handler the signals keep their default (the process
            // dies, leaving temporary files): better than not running at all.
            if let Ok(mut signals) = signal_hook::iterator::Signals::new([SIGINT, SIGTERM, SIGHUP])
            {
                let _ = std::thread::Builder::new()
                    .name("signals".to_owned())
                    .spawn(move || {
                        if let Some(signal) = signals.forever().next() {
                            die(signal);
                        }
                    });
            }
        }
        #[cfg(not(unix))]
        {
            // Ctrl-C and Ctrl-Break: the console's only interruptions.
            let _ = ctrlc::set_handler(|| die(2));
        }
    });
}

fn die(signal: i32) -> ! {
    super::temp::remove_all_and_freeze();
    let hooks = HOOKS
        .lock()
        .unwrap_or_else(std::sync::PoisonError::into_inner);
    for hook in hooks.iter() {
        hook();
    }
    crate::exit::Exit::Signal(signal).exit()
}
