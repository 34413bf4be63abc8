//! Value generators behind [`crate::dynamic`].

use rand::Rng;

pub(crate) fn generate(name: &str) -> Option<String> {
    let mut rng = rand::thread_rng();
    let v = match name {
        "$guid" | "$randomUUID" => uuid::Uuid::new_v4().to_string(),
        "$timestamp" => chrono::Utc::now().timestamp().to_string(),
        "$isoTimestamp" => chrono::Utc::now()
            .format("%Y-%m-%dT%H:%M:%S%.3fZ")
            .to_string(),
        "$randomInt" => rng.gen_range(0..=1000).to_string(),
        other if crate::dynamic::NAMES.contains(&other) => {
            (0..8).map(|_| rng.gen_range(b'a'..=b'z') as char).collect()
        }
        _ => return None,
    };
    Some(v)
}
