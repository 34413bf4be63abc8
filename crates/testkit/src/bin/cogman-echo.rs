//! Serves the echo API on 127.0.0.1 until killed, printing its base URL on one line.
//! The benchmark harness and manual parity checks point Newman and cogman at it.

fn main() {
    let server = match cogman_testkit::EchoServer::try_start() {
        Ok(server) => server,
        Err(err) => {
            eprintln!("cogman-echo: cannot bind 127.0.0.1: {err}");
            std::process::exit(1);
        }
    };
    println!("{}", server.base_url());
    loop {
        std::thread::park();
    }
}
