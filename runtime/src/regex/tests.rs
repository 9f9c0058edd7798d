use super::parse::Node;
use super::*;

fn matches(pattern: &str, input: &str) -> bool {
    Regex::new(pattern).unwrap().is_match(input)
}

#[test]
fn ecma_semantics() {
    let cases: &[(&str, &str, bool)] = &[
        ("[0-9]+", "abc123", true),
        ("[0-9]+", "abc", false),
        ("^abc$", "abc", true),
        ("^abc$", "abcd", false),
        ("^0|([1-9]\\d{0,38})$", "0123x", true),
        ("^0|([1-9]\\d{0,38})$", "x12", true),
        ("^0|([1-9]\\d{0,38})$", "x", false),
        (
            "^([0-9a-f]{16})+$",
            "0123456789abcdef0123456789abcdef",
            true,
        ),
        ("^([0-9a-f]{16})+$", "0123456789abcdef0", false),
        ("^(?!.*[/:\\\\])[a-z]+$", "abc", true),
        ("^(?!.*[/:\\\\])[a-z]+$", "ab/c", false),
        ("^(?=.*x)[a-z]+$", "abxc", true),
        ("^(?=.*x)[a-z]+$", "abc", false),
        ("^(a*)*$", "aaa", true),
        ("^(a*)*b$", "aaac", false),
        ("^\\d+\\.\\d+(\\.\\d+)?$", "1.2.3", true),
        ("^\\d+\\.\\d+(\\.\\d+)?$", "1.2.", false),
        ("^.$", "\n", false),
        ("^.$", "😀", true),
        ("^[^]$", "\n", true),
        ("^[]$", "a", false),
        ("\\bcat\\b", "a cat.", true),
        ("\\bcat\\b", "concat", false),
        ("^\\S{2,3}$", "a b", false),
        (
            "^[\\u0020-\\uD7FF\\uE000-\\uFFFD\\uD800\\uDC00-\\uDBFF\\uDFFF\\t]*$",
            "emoji 😀\tkey",
            true,
        ),
        (
            "^[\\u0020-\\uD7FF\\uE000-\\uFFFD\\uD800\\uDC00-\\uDBFF\\uDFFF\\t]*$",
            "bell\u{7}",
            false,
        ),
        ("^[\\p{L}\\p{Z}\\p{N}_.:/=+\\-@]*$", "Grüße 東京 ٣", true),
        ("^[\\p{L}\\p{Z}\\p{N}_.:/=+\\-@]*$", "tab\t", false),
        ("^\\p{Print}+$", "printable ü", true),
        ("^\\p{Print}+$", "bell\u{7}", false),
        (
            "^[A-Za-z0-9][A-Za-z0-9\\-\\_\\.]{0,126}[A-Za-z0-9]$",
            "my_table-1.x",
            true,
        ),
        ("^[\\w-_]*$", "a-b_c", true),
        ("^[\\w-_]*$", "a.b", false),
        ("a{,2}", "a{,2}", true),
        ("^x{2}$", "xx", true),
        ("^x{2,}$", "x", false),
        ("^(ab|a)(bc|c)$", "abc", true),
        ("^(?:x|y)+?z$", "xyxz", true),
    ];
    for &(pattern, input, expected) in cases {
        assert_eq!(matches(pattern, input), expected, "{pattern} on {input:?}");
    }
}

#[test]
fn deep_values_use_no_stack_per_character() {
    let long = "a".repeat(1_000_000);
    assert!(matches("^.*$", &long));
    assert!(matches("^[a-z]+$", &long));
    assert!(!matches("^\\S+b$", &long));
}

#[test]
fn pathological_searches_give_up_and_accept() {
    // Three nested `.*` on a long value that almost matches: cubic backtracking.
    let regex = Regex::new("^a.*:.*:.*:.*z$").unwrap();
    let value = format!("a{}", ":".repeat(3000));
    assert!(
        regex.is_match(&value),
        "an exhausted search leaves the value to the service"
    );
    // The same pattern still decides ordinary values.
    assert!(regex.is_match("a:b:c:dz"));
    assert!(!regex.is_match("a:b:c:d"));
}

/// A tiny deterministic generator (xorshift), so failures reproduce.
struct Rng(u64);

impl Rng {
    fn next(&mut self) -> u64 {
        self.0 ^= self.0 << 13;
        self.0 ^= self.0 >> 7;
        self.0 ^= self.0 << 17;
        self.0
    }
    fn below(&mut self, n: usize) -> usize {
        (self.next() % n.max(1) as u64) as usize
    }
}

/// Code points whose category has been the same in every Unicode version since 2010, so
/// both engines' tables agree on them.
const STABLE: &[char] = &[
    'a', 'Z', '0', '9', '_', '-', '.', '/', ':', ' ', '\t', '\n', '@', '+', '=', '#', '|', '^',
    '$', '\\', '*', 'é', 'Ж', '中', '٣', 'Ⅻ', '\u{A0}', '\u{3000}', '😀', '\u{7}', '\u{2028}',
];

/// A string the pattern should mostly accept: a random walk of its tree.
fn generate(node: &Node, rng: &mut Rng, out: &mut String) {
    match node {
        Node::Set(set) => {
            let ranges = set.ranges();
            if ranges.is_empty() {
                return;
            }
            if rng.below(4) == 0 {
                let members: Vec<char> = STABLE
                    .iter()
                    .copied()
                    .filter(|c| set.contains(*c))
                    .collect();
                if !members.is_empty() {
                    out.push(members[rng.below(members.len())]);
                    return;
                }
            }
            let ascii: Vec<char> = (0x20u8..0x7F)
                .map(char::from)
                .filter(|c| set.contains(*c))
                .collect();
            if !ascii.is_empty() {
                out.push(ascii[rng.below(ascii.len())]);
            } else if let Some(c) = STABLE.iter().find(|c| set.contains(**c)) {
                out.push(*c);
            }
        }
        Node::Literal(text) => out.push_str(text),
        Node::Concat(items) => items.iter().for_each(|item| generate(item, rng, out)),
        Node::Alt(alternatives) => generate(&alternatives[rng.below(alternatives.len())], rng, out),
        Node::Repeat { node, min, max } => {
            let spread = max.map_or(4, |max| (max - min).min(4)) as usize;
            for _ in 0..*min as usize + rng.below(spread + 1) {
                generate(node, rng, out);
            }
        }
        Node::Empty
        | Node::Start
        | Node::End
        | Node::WordBoundary { .. }
        | Node::Lookahead { .. } => {}
    }
}

fn mutate(input: &str, rng: &mut Rng) -> String {
    let mut chars: Vec<char> = input.chars().collect();
    let c = STABLE[rng.below(STABLE.len())];
    match rng.below(3) {
        0 if !chars.is_empty() => {
            let at = rng.below(chars.len());
            chars.remove(at);
        }
        1 => {
            let at = rng.below(chars.len() + 1);
            chars.insert(at, c);
        }
        _ if !chars.is_empty() => {
            let at = rng.below(chars.len());
            chars[at] = c;
        }
        _ => chars.push(c),
    }
    chars.into_iter().collect()
}

/// Every pattern in the upstream models, with its source for failure messages.
fn model_patterns() -> Vec<String> {
    let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("../../shared/upstream/models");
    let entries = std::fs::read_dir(&dir).unwrap_or_else(|e| {
        panic!(
            "the upstream models are test fixtures, expected at {}: {e}",
            dir.display()
        )
    });
    let mut patterns = std::collections::BTreeSet::new();
    fn walk(value: &serde_json::Value, out: &mut std::collections::BTreeSet<String>) {
        match value {
            serde_json::Value::Object(map) => {
                for (key, v) in map {
                    match (key.as_str(), v.as_str()) {
                        ("smithy.api#pattern" | "pattern", Some(p)) => {
                            out.insert(p.to_string());
                        }
                        _ => walk(v, out),
                    }
                }
            }
            serde_json::Value::Array(items) => items.iter().for_each(|v| walk(v, out)),
            _ => {}
        }
    }
    for entry in entries {
        let path = entry.unwrap().path();
        let text = std::fs::read(&path).unwrap();
        let model: serde_json::Value = serde_json::from_slice(&text).unwrap();
        walk(&model, &mut patterns);
    }
    patterns.into_iter().collect()
}

/// Our matcher against regress (a full ECMA-262 engine) on every pattern AWS ships in the
/// models we test with, on generated strings that mostly match and mutations that mostly do not.
#[test]
fn agrees_with_regress_on_every_model_pattern() {
    let patterns = model_patterns();
    assert!(
        patterns.len() >= 60,
        "only {} patterns found",
        patterns.len()
    );
    let mut rng = Rng(0x9E37_79B9_7F4A_7C15);
    let (mut compared, mut accepted, mut with_positives) = (0, 0, 0);
    for source in &patterns {
        let ours = Regex::new(source).unwrap_or_else(|e| panic!("{source}: {e}"));
        // Three model patterns are not valid ECMA-262 (`\_`, `[\w-_]`, `\p{Print}`): regress
        // rejects them, we take their plain meaning (checked in `ecma_semantics`).
        let Ok(theirs) = regress::Regex::with_flags(source, "u") else {
            continue;
        };
        let mut positives = 0;
        for round in 0..400 {
            let mut input = String::new();
            generate(&ours.root, &mut rng, &mut input);
            if round % 2 == 1 {
                input = mutate(&input, &mut rng);
            }
            let expected = theirs.find(&input).is_some();
            assert_eq!(ours.is_match(&input), expected, "{source} on {input:?}");
            compared += 1;
            accepted += usize::from(expected);
            positives += usize::from(expected);
        }
        with_positives += usize::from(positives > 0);
    }
    // The comparison means something only if both answers occur often.
    assert!(
        accepted > compared / 5 && accepted < compared * 4 / 5,
        "{accepted} of {compared} accepted"
    );
    assert!(
        with_positives >= patterns.len() - 5,
        "only {with_positives} patterns ever matched"
    );
}
