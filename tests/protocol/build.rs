//! Generates, for every case of the botocore protocol test suites (`input/*.json`,
//! `output/*.json` under `PROTOCOL_TESTS_DIR`, default `../shared/protocol-tests`), a module
//! with the generated client code for the case's operation and a `run` function that calls it:
//! with the case's params built as a value of the generated input type (input cases), or
//! against the case's response, comparing with the case's result built as a value of the
//! generated output or error type (output cases). The table `CASES` lists them all.
//!
//! `PROTOCOL_TESTS_DIR` may be relative, to this package's directory (`tests/protocol`).
//!
//! A case that uses something the generator does not implement is listed as skipped with the
//! reason (see [`skip_reason`]); a case no code can be generated for is listed as broken.

use std::path::{Path, PathBuf};

use awsgen_codegen::closure;
use awsgen_codegen::emit::Context;
use awsgen_codegen::json_parse::ParseError;
use awsgen_codegen::json_value::Value;
use awsgen_codegen::model::{Member, Shape, ShapeKind};
use awsgen_codegen::names;
use proc_macro2::{Literal, TokenStream};
use quote::{format_ident, quote};

fn main() {
    println!("cargo:rerun-if-env-changed=PROTOCOL_TESTS_DIR");
    let manifest = PathBuf::from(std::env::var("CARGO_MANIFEST_DIR").expect("set by cargo"));
    let dir = std::env::var_os("PROTOCOL_TESTS_DIR")
        .map(PathBuf::from)
        .unwrap_or_else(|| manifest.join("../../../shared/protocol-tests"));
    // A directory here makes cargo watch every file under it.
    println!("cargo:rerun-if-changed={}", dir.display());

    let mut out = Output::default();
    let directions: &[&str] = if dir.is_dir() {
        &["input", "output"]
    } else {
        out.load_errors.push(format!(
            "protocol test directory {} not found (set PROTOCOL_TESTS_DIR)",
            dir.display()
        ));
        &[]
    };
    for direction in directions {
        let sub = dir.join(direction);
        let mut files: Vec<PathBuf> = match std::fs::read_dir(&sub) {
            Ok(entries) => entries
                .filter_map(|e| e.ok().map(|e| e.path()))
                .filter(|p| p.extension().is_some_and(|x| x == "json"))
                .collect(),
            Err(e) => {
                out.load_errors
                    .push(format!("cannot list {}: {e}", sub.display()));
                continue;
            }
        };
        files.sort();
        for path in files {
            let label = format!(
                "{direction}/{}",
                path.file_name().unwrap_or_default().to_string_lossy()
            );
            if let Err(e) = out.add_file(&path, &label, *direction == "input") {
                out.load_errors.push(format!("{label}: {e}"));
            }
        }
    }

    let Output {
        modules,
        entries,
        load_errors,
        ..
    } = out;
    let code = quote! {
        #modules
        /// Every case of every suite file, in file order.
        pub static CASES: &[::awsgen_protocol_tests::Case] = &[#(#entries),*];
        /// Suite files that could not be read.
        pub static LOAD_ERRORS: &[&str] = &[#(#load_errors),*];
    };
    let out_dir = PathBuf::from(std::env::var("OUT_DIR").expect("set by cargo"));
    std::fs::write(out_dir.join("vectors.rs"), code.to_string()).expect("write vectors.rs");
}

#[derive(Default)]
struct Output {
    modules: TokenStream,
    entries: Vec<TokenStream>,
    load_errors: Vec<String>,
    count: usize,
}

impl Output {
    fn add_file(&mut self, path: &Path, label: &str, input: bool) -> Result<(), String> {
        let text = std::fs::read_to_string(path).map_err(|e| e.to_string())?;
        let suites: Value = text.parse().map_err(|e: ParseError| e.to_string())?;
        let suites = suites.as_array().ok_or("not a list of suites")?;
        for suite in suites {
            for case in suite["cases"].as_array().into_iter().flatten() {
                let id = case["id"].as_str().unwrap_or("(no id)");
                let module = format_ident!("case_{}", self.count);
                self.count += 1;
                let check = match skip_reason(case) {
                    Some(reason) => quote!(::awsgen_protocol_tests::Check::Skip(#reason)),
                    None => match case_module(suite, case, label, input) {
                        Ok(generated) => {
                            // Generated code is written on one line and meant for macro
                            // expansion, where clippy's style lints do not apply.
                            self.modules.extend(quote! {
                                #[allow(dead_code, deprecated, clippy::all)]
                                mod #module { #generated }
                            });
                            check_entry(suite, case, input, &module)
                        }
                        Err(why) => quote!(::awsgen_protocol_tests::Check::Broken(#why)),
                    },
                };
                self.entries.push(quote! {
                    ::awsgen_protocol_tests::Case { file: #label, id: #id, check: #check }
                });
            }
        }
        Ok(())
    }
}

/// Why a case cannot apply to this generator, or `None` when it runs.
fn skip_reason(case: &Value) -> Option<&'static str> {
    let given = &case["given"];
    if given.get("endpoint").is_some() {
        return Some(
            "the endpoint trait (hostPrefix, host labels) is not implemented: requests always \
             go to the configured endpoint",
        );
    }
    if given.get("requestcompression").is_some() {
        return Some(
            "request compression (gzip Content-Encoding) is not implemented: bodies are sent \
             uncompressed",
        );
    }
    None
}

fn check_entry(
    suite: &Value,
    case: &Value,
    input: bool,
    module: &proc_macro2::Ident,
) -> TokenStream {
    if input {
        let serialized = case["serialized"].to_string();
        let endpoint = match suite["clientEndpoint"].as_str() {
            Some(e) => quote!(Some(#e)),
            None => quote!(None),
        };
        quote! {
            ::awsgen_protocol_tests::Check::Request {
                serialized: #serialized,
                client_endpoint: #endpoint,
                run: #module::run,
            }
        }
    } else {
        let response = case["response"].to_string();
        quote! {
            ::awsgen_protocol_tests::Check::Response { response: #response, run: #module::run }
        }
    }
}

/// The generated code of the case's operation, and its `run`.
fn case_module(
    suite: &Value,
    case: &Value,
    label: &str,
    input: bool,
) -> Result<TokenStream, String> {
    let given = &case["given"];
    let op_name = given["name"].as_str().ok_or("the case has no given.name")?;
    let display = format!("{label} {}", case["id"].as_str().unwrap_or(""));
    let model = awsgen_codegen::botocore::parse_parts(
        &suite["metadata"],
        &suite["shapes"],
        &[(op_name, given)],
        &display,
    )
    .map_err(diagnostics)?;
    let ops = [op_name.to_string()];
    let generated = awsgen_codegen::generate(&model, &ops, &display).map_err(diagnostics)?;
    let closure = closure::resolve(&model, &ops, &display).map_err(diagnostics)?;
    let cx = Context::new(&model, &closure);
    let op = model
        .operation(op_name)
        .ok_or("operation missing from its model")?;
    let ShapeKind::Operation {
        input: input_id,
        output: output_id,
        errors,
    } = &op.kind
    else {
        return Err(format!("{op_name} is not an operation"));
    };
    let op_fn = names::ident(&cx.names.operation(&op.id).function);
    let body = if input {
        let params = &case["params"];
        let call = match input_id {
            Some(id) => {
                let value = Values { cx: &cx }.value(id, params, "params")?;
                quote!(#op_fn(&client, #value).await)
            }
            None if is_empty(params) => quote!(#op_fn(&client).await),
            None => return Err("params given to an operation without input".into()),
        };
        quote! {
            match #call {
                Err(::awsgen_runtime::Error::InvalidInput(e)) => Err(format!("input rejected: {e}")),
                _ => Ok(()),
            }
        }
    } else {
        let call = match input_id {
            Some(_) => quote!(#op_fn(&client, ::std::default::Default::default()).await),
            None => quote!(#op_fn(&client).await),
        };
        if let Some(code) = case["errorCode"].as_str() {
            error_check(&cx, &op.id, errors, case, code, call)?
        } else {
            let request_id = case["response"]["headers"].as_object().and_then(|headers| {
                headers
                    .iter()
                    .find(|(name, _)| name.eq_ignore_ascii_case("x-amzn-requestid"))
                    .and_then(|(_, value)| value.as_str())
            });
            result_check(&cx, output_id.as_deref(), &case["result"], request_id, call)?
        }
    };
    Ok(quote! {
        #generated

        pub fn run(client: ::awsgen_runtime::Client) -> ::awsgen_protocol_tests::Pending {
            Box::pin(async move { #body })
        }
    })
}

fn diagnostics(d: Vec<awsgen_codegen::Diagnostic>) -> String {
    d.into_iter()
        .map(|d| d.message)
        .collect::<Vec<_>>()
        .join("; ")
}

fn is_empty(v: &Value) -> bool {
    v.is_null() || v.as_object().is_some_and(|o| o.is_empty())
}

/// Compares the operation's result with the case's `result`, and its request id with the
/// response's `x-amzn-RequestId` header.
fn result_check(
    cx: &Context,
    output: Option<&str>,
    result: &Value,
    request_id: Option<&str>,
    call: TokenStream,
) -> Result<TokenStream, String> {
    let expected_id = match request_id {
        Some(id) => quote!(Some(#id)),
        None => quote!(::std::option::Option::<&str>::None),
    };
    let id_check = quote! {
        let id = ::awsgen_runtime::RequestId::request_id(&got);
        if id != #expected_id {
            return Err(format!("request id {id:?}, expected {:?}", #expected_id));
        }
    };
    let Some(output) = output else {
        if !is_empty(result) {
            return Err("a result for an operation without output".into());
        }
        return Ok(quote! {
            let got = #call.map_err(|e| format!("expected a result, got the error {e:?}"))?;
            #id_check
            Ok(())
        });
    };
    let values = Values { cx };
    let expected = values.value(output, result, "result")?;
    let nan_checks = values.top_level_nans(output, result);
    let mutability = (!nan_checks.is_empty()).then(|| quote!(mut));
    Ok(quote! {
        let #mutability got = #call.map_err(|e| format!("expected a result, got the error {e:?}"))?;
        #id_check
        let #mutability expected = #expected;
        #nan_checks
        ::awsgen_protocol_tests::same(&got, &expected)
    })
}

/// Checks the service error's code, message and status, its variant, and its modeled members.
fn error_check(
    cx: &Context,
    op_id: &str,
    errors: &[String],
    case: &Value,
    code: &str,
    call: TokenStream,
) -> Result<TokenStream, String> {
    let enum_name = names::ident(&cx.names.operation(op_id).error);
    let status = case["response"]["status_code"]
        .as_u64()
        .and_then(|s| u16::try_from(s).ok())
        .ok_or("the response has no status_code")?;
    let message = match case["errorMessage"].as_str() {
        Some(m) => quote!(Some(#m)),
        None => quote!(None),
    };
    let fields = &case["error"];
    let error_shapes: Vec<&Shape> = errors.iter().map(|id| cx.shape(id)).collect();
    let variant_check = match error_shapes.iter().find(|s| s.name() == code) {
        Some(shape) => {
            let variant = cx.names.type_ident(&shape.id);
            let expected = Values { cx }.value(&shape.id, fields, "error")?;
            quote! {
                match &error {
                    #enum_name::#variant(got) => {
                        let mut expected = #expected;
                        expected.meta = got.meta.clone();
                        ::awsgen_protocol_tests::same(got, &expected)
                    }
                    other => Err(format!("expected the {} variant, got {other:?}", #code)),
                }
            }
        }
        None => {
            if !is_empty(fields) {
                return Err(format!(
                    "members given for {code}, which the operation does not model"
                ));
            }
            let unhandled = format_ident!("Unhandled");
            quote! {
                match &error {
                    #enum_name::#unhandled(_) => Ok(()),
                    other => Err(format!("expected an unmodeled error, got {other:?}")),
                }
            }
        }
    };
    Ok(quote! {
        let error = match #call {
            Err(::awsgen_runtime::Error::Service(e)) => e,
            other => return Err(format!("expected the service error {}, got {other:?}", #code)),
        };
        ::awsgen_protocol_tests::check_meta(
            ::awsgen_runtime::OperationError::meta(&error),
            #code,
            #message,
            #status,
        )?;
        #variant_check
    })
}

/// Rust expressions building values of generated types from the JSON of a case.
struct Values<'a, 'm> {
    cx: &'a Context<'m>,
}

impl Values<'_, '_> {
    /// A value of shape `id` from `json`; `path` names the place in messages.
    fn value(&self, id: &str, json: &Value, path: &str) -> Result<TokenStream, String> {
        let shape = self.cx.shape(id);
        let bad = || format!("{path}: {json} is not a {}", shape.type_name());
        Ok(match &shape.kind {
            ShapeKind::Structure(members) => {
                let object = json.as_object().ok_or_else(bad)?;
                let ty = self.cx.names.type_ident(&shape.id);
                let mut fields = Vec::new();
                for (key, v) in object {
                    if v.is_null() {
                        continue;
                    }
                    let m = member(members, key)
                        .ok_or_else(|| format!("{path}: {} has no member {key}", shape.name()))?;
                    let field = self.cx.names.field(&shape.id, &m.name);
                    let mut value = self.value(&m.target, v, &format!("{path}.{key}"))?;
                    if self.cx.is_boxed(&shape.id, &m.name) {
                        value = quote!(Box::new(#value));
                    }
                    if self.cx.is_optional(shape, m) {
                        value = quote!(Some(#value));
                    }
                    fields.push(quote!(#field: #value,));
                }
                quote!(#ty { #(#fields)* ..::std::default::Default::default() })
            }
            ShapeKind::Union(members) => {
                let object = json.as_object().ok_or_else(bad)?;
                let mut set = object.iter().filter(|(_, v)| !v.is_null());
                let (Some((key, v)), None) = (set.next(), set.next()) else {
                    return Err(format!("{path}: a union value needs exactly one member"));
                };
                let m = member(members, key)
                    .ok_or_else(|| format!("{path}: {} has no member {key}", shape.name()))?;
                let ty = self.cx.names.type_ident(&shape.id);
                let variant = self.cx.names.union_variant(&shape.id, &m.name);
                let mut value = self.value(&m.target, v, &format!("{path}.{key}"))?;
                if self.cx.is_boxed(&shape.id, &m.name) {
                    value = quote!(Box::new(#value));
                }
                quote!(#ty::#variant(#value))
            }
            ShapeKind::List(m) => {
                let items = json.as_array().ok_or_else(bad)?;
                let items = items
                    .iter()
                    .enumerate()
                    .map(|(i, v)| self.entry(shape, &m.target, v, &format!("{path}[{i}]")))
                    .collect::<Result<Vec<_>, _>>()?;
                quote!(vec![#(#items),*])
            }
            ShapeKind::Map { value, .. } => {
                let object = json.as_object().ok_or_else(bad)?;
                let entries = object
                    .iter()
                    .map(|(k, v)| {
                        let v = self.entry(shape, &value.target, v, &format!("{path}[{k:?}]"))?;
                        Ok(quote!((String::from(#k), #v)))
                    })
                    .collect::<Result<Vec<_>, String>>()?;
                quote!(::std::collections::HashMap::from([#(#entries),*]))
            }
            ShapeKind::String => {
                let s = json.as_str().ok_or_else(bad)?;
                quote!(String::from(#s))
            }
            ShapeKind::Enum(_) => {
                let s = json.as_str().ok_or_else(bad)?;
                let ty = self.cx.names.type_ident(&shape.id);
                quote!(#ty::from(#s))
            }
            ShapeKind::IntEnum(_) => {
                let n = json.as_i64().ok_or_else(bad)?;
                let ty = self.cx.names.type_ident(&shape.id);
                let n = Literal::i64_unsuffixed(n);
                quote!(#ty::from(#n))
            }
            ShapeKind::Boolean => {
                let b = json.as_bool().ok_or_else(bad)?;
                quote!(#b)
            }
            ShapeKind::Byte
            | ShapeKind::Short
            | ShapeKind::Integer
            | ShapeKind::Long
            | ShapeKind::BigInteger => {
                let n = Literal::i64_unsuffixed(json.as_i64().ok_or_else(bad)?);
                quote!(#n)
            }
            ShapeKind::Float | ShapeKind::Double | ShapeKind::BigDecimal => {
                let ty = if matches!(shape.kind, ShapeKind::Float) {
                    quote!(f32)
                } else {
                    quote!(f64)
                };
                match json {
                    Value::Number(n) => {
                        let f = Literal::f64_unsuffixed(n.as_f64().ok_or_else(bad)?);
                        quote!(#f)
                    }
                    Value::String(s) if s == "NaN" => quote!(#ty::NAN),
                    Value::String(s) if s == "Infinity" => quote!(#ty::INFINITY),
                    Value::String(s) if s == "-Infinity" => quote!(#ty::NEG_INFINITY),
                    _ => return Err(bad()),
                }
            }
            ShapeKind::Timestamp => {
                // botocore gives timestamps as epoch seconds.
                let secs = json.as_f64().ok_or_else(bad)?;
                quote! {
                    ::awsgen_runtime::DateTime::from_secs_f64(#secs).expect("a timestamp in range")
                }
            }
            ShapeKind::Blob => {
                // botocore gives blobs as the text of their bytes.
                let s = json.as_str().ok_or_else(bad)?;
                let bytes = Literal::byte_string(s.as_bytes());
                quote!(::awsgen_runtime::Blob::new(#bytes.to_vec()))
            }
            ShapeKind::Document => {
                let text = json.to_string();
                quote!(::awsgen_runtime::json::document_from_str(#text))
            }
            ShapeKind::Unit | ShapeKind::Operation { .. } | ShapeKind::Other(_) => {
                return Err(format!("{path}: a {} has no value", shape.type_name()));
            }
        })
    }

    /// A list item or map value: `Option` in sparse collections.
    fn entry(
        &self,
        collection: &Shape,
        target: &str,
        v: &Value,
        path: &str,
    ) -> Result<TokenStream, String> {
        let sparse = collection.traits.sparse;
        if v.is_null() {
            return if sparse {
                Ok(quote!(None))
            } else {
                Err(format!("{path}: null in a dense collection"))
            };
        }
        let value = self.value(target, v, path)?;
        Ok(if sparse { quote!(Some(#value)) } else { value })
    }

    /// `NaN != NaN`, so a NaN the case expects in a top-level float member is checked on its
    /// own and then cleared on both sides before the values are compared. (A NaN deeper down
    /// would fail the comparison, visibly.)
    fn top_level_nans(&self, id: &str, json: &Value) -> TokenStream {
        let shape = self.cx.shape(id);
        let (ShapeKind::Structure(members), Some(object)) = (&shape.kind, json.as_object()) else {
            return TokenStream::new();
        };
        let mut out = TokenStream::new();
        for (key, v) in object {
            let Some(m) = member(members, key) else {
                continue;
            };
            let is_float = matches!(
                self.cx.shape(&m.target).kind,
                ShapeKind::Float | ShapeKind::Double
            );
            if v.as_str() != Some("NaN") || !is_float {
                continue;
            }
            let field = self.cx.names.field(&shape.id, &m.name);
            let (check, clear) = if self.cx.is_optional(shape, m) {
                (quote!(got.#field.is_some_and(|v| v.is_nan())), quote!(None))
            } else {
                (
                    quote!(got.#field.is_nan()),
                    quote!(::std::default::Default::default()),
                )
            };
            out.extend(quote! {
                if !#check {
                    return Err(format!("{}: expected NaN, got {:?}", #key, got.#field));
                }
                got.#field = #clear;
                expected.#field = #clear;
            });
        }
        out
    }
}

fn member<'m>(members: &'m [Member], key: &str) -> Option<&'m Member> {
    members
        .iter()
        .find(|m| m.traits.json_name.as_deref().unwrap_or(&m.name) == key || m.name == key)
}
