//! The macro's arguments: `[model = "path",] [serde = true,] Operation, Operation, ...`.

use awsgen_codegen::{Diagnostic, Origin};
use proc_macro2::Span;
use syn::parse::{Parse, ParseStream};
use syn::{Ident, LitBool, LitStr, Token};

pub struct ModelArg {
    pub path: LitStr,
}

/// `serde = true`: derive serde on the generated types (awsgen-runtime's `serde` feature).
pub struct SerdeArg {
    pub key: Ident,
    pub value: LitBool,
}

pub struct Args {
    pub model: Option<ModelArg>,
    pub serde: Option<SerdeArg>,
    pub operations: Vec<Ident>,
    /// `*`: every operation of the service.
    pub all: Option<Token![*]>,
}

impl Parse for Args {
    fn parse(input: ParseStream) -> syn::Result<Self> {
        let mut model = None;
        let mut serde: Option<SerdeArg> = None;
        let mut operations = Vec::new();
        let mut all: Option<Token![*]> = None;
        while !input.is_empty() {
            if input.peek(Token![*]) {
                let star: Token![*] = input.parse()?;
                if all.is_some() || !operations.is_empty() {
                    return Err(syn::Error::new(
                        star.spans[0],
                        "`*` (every operation) cannot be combined with operation names",
                    ));
                }
                all = Some(star);
            } else if input.peek(Ident) && input.peek2(Token![=]) {
                let key: Ident = input.parse()?;
                input.parse::<Token![=]>()?;
                if key != "model" && key != "serde" {
                    return Err(syn::Error::new(
                        key.span(),
                        format!("unknown option `{key}`; the options are `model = \"path/to/model.json\"` and `serde = true`"),
                    ));
                }
                if !operations.is_empty() {
                    return Err(syn::Error::new(
                        key.span(),
                        format!("`{key} = ...` must come before the operation names"),
                    ));
                }
                if key == "serde" {
                    if serde.is_some() {
                        return Err(syn::Error::new(key.span(), "`serde` is given twice"));
                    }
                    let value: LitBool = input.parse().map_err(|e| {
                        syn::Error::new(e.span(), "expected `true` or `false`: serde = true")
                    })?;
                    serde = Some(SerdeArg { key, value });
                    if input.is_empty() {
                        break;
                    }
                    input.parse::<Token![,]>()?;
                    continue;
                }
                if model.is_some() {
                    return Err(syn::Error::new(key.span(), "`model` is given twice"));
                }
                let path: LitStr = input.parse().map_err(|e| {
                    syn::Error::new(e.span(), "expected the model path as a string literal: model = \"models/athena.json\"")
                })?;
                model = Some(ModelArg { path });
            } else if input.peek(Ident) && input.fork().parse::<Ident>().is_ok_and(|i| i == "serde")
            {
                let key: Ident = input.parse()?;
                return Err(syn::Error::new(
                    key.span(),
                    "write `serde = true` to derive serde on the generated types",
                ));
            } else {
                let op: Ident = input.parse().map_err(|e| {
                    syn::Error::new(
                        e.span(),
                        "expected an operation name such as `StartSession` (or `model = \"path\"` first)",
                    )
                })?;
                if all.is_some() {
                    return Err(syn::Error::new(
                        op.span(),
                        "`*` (every operation) cannot be combined with operation names",
                    ));
                }
                operations.push(op);
            }
            if input.is_empty() {
                break;
            }
            input.parse::<Token![,]>()?;
        }
        if operations.is_empty() && all.is_none() {
            return Err(syn::Error::new(
                Span::call_site(),
                "name at least one operation, e.g. athena_operation!(StartSession)",
            ));
        }
        Ok(Args {
            model,
            serde,
            operations,
            all,
        })
    }
}

impl Args {
    /// Whether `serde = true` was given.
    pub fn serde(&self) -> bool {
        self.serde.as_ref().is_some_and(|s| s.value.value)
    }

    /// One compile error per diagnostic, each spanned at the argument at fault.
    pub fn errors(&self, diagnostics: Vec<Diagnostic>) -> syn::Error {
        let mut combined: Option<syn::Error> = None;
        for d in diagnostics {
            let span = match d.origin {
                Origin::Model => self
                    .model
                    .as_ref()
                    .map_or_else(Span::call_site, |m| m.path.span()),
                Origin::Operation(_) if self.all.is_some() => self
                    .all
                    .as_ref()
                    .map_or_else(Span::call_site, |s| s.spans[0]),
                Origin::Operation(i) => self
                    .operations
                    .get(i)
                    .map_or_else(Span::call_site, Ident::span),
            };
            let error = syn::Error::new(span, d.message);
            match &mut combined {
                Some(c) => c.combine(error),
                None => combined = Some(error),
            }
        }
        combined.unwrap_or_else(|| syn::Error::new(Span::call_site(), "model error"))
    }
}
