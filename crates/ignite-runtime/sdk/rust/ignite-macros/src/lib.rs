//! `#[ignite::main]`: turns `fn handler(req: Request, ctx: Context) -> Result<T, E>`
//! (sync or async) into the program's entry point.
//!
//! Written against `proc_macro` alone (no syn): the SDK must build offline with old
//! toolchains (Debian's rustc 1.63 for wasm) and in seconds.

use proc_macro::{Delimiter, TokenStream, TokenTree};

#[proc_macro_attribute]
pub fn main(_attr: TokenStream, item: TokenStream) -> TokenStream {
    let mut is_async = false;
    let mut name = None;
    let mut tokens = item.clone().into_iter().peekable();
    while let Some(token) = tokens.next() {
        match token {
            TokenTree::Ident(ident) if ident.to_string() == "async" => is_async = true,
            TokenTree::Ident(ident) if ident.to_string() == "fn" => {
                if let Some(TokenTree::Ident(n)) = tokens.next() {
                    name = Some(n.to_string());
                }
                break;
            }
            TokenTree::Group(g) if g.delimiter() == Delimiter::Brace => break,
            _ => {}
        }
    }
    let name = match name {
        Some(n) => n,
        None => {
            return "compile_error!(\"#[ignite::main] goes on a function: fn handler(req: ignite::Request, ctx: ignite::Context)\");"
                .parse()
                .unwrap();
        }
    };
    if name == "main" {
        return "compile_error!(\"#[ignite::main] generates `main`: name the handler something else, e.g. `handler`\");"
            .parse()
            .unwrap();
    }
    let call = if is_async {
        format!("::ignite::block_on({name}(req, ctx))")
    } else {
        format!("{name}(req, ctx)")
    };
    let entry: TokenStream = format!(
        "fn main() {{ ::ignite::__private::run(|req: ::ignite::Request, ctx: ::ignite::Context| \
         ::ignite::__private::outcome({call})) }}"
    )
    .parse()
    .unwrap();
    let mut out = item;
    out.extend(entry);
    out
}
