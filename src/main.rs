fn main() -> std::process::ExitCode {
    utilsoc::main(std::env::args_os())
}
