/// Compares an expected JSON value with an actual one and names each difference by its path.
///
/// Objects match when every key the expected object names matches (extra actual keys are not
/// checked: a fixture states what it cares about). Arrays must match element by element and in
/// length; scalars must be equal (numbers by value).
package enum StructuralMatch {
    package struct Difference: Sendable, Equatable {
        package let path: String
        package let expected: String
        package let actual: String
    }

    package static func differences(expected: JSONValue, actual: JSONValue?, at pointer: JSONPointer) -> [Difference] {
        guard let actual else {
            return [Difference(path: pointer.description, expected: JSONWriter.compact(expected), actual: "nothing (key absent)")]
        }
        switch (expected, actual) {
        case (.object(let want), .object(let have)):
            return want.members.flatMap { member in
                differences(expected: member.value, actual: have[member.key], at: pointer.appending(member.key))
            }
        case (.array(let want), .array(let have)):
            guard want.count == have.count else {
                return [Difference(path: pointer.description, expected: JSONWriter.compact(expected), actual: JSONWriter.compact(actual))]
            }
            return zip(want, have).enumerated().flatMap { index, pair in
                differences(expected: pair.0, actual: pair.1, at: pointer.appending(index))
            }
        default:
            return expected == actual
                ? [] : [Difference(path: pointer.description, expected: JSONWriter.compact(expected), actual: JSONWriter.compact(actual))]
        }
    }

    /// `top` laid over `base`: objects merge key by key, anything else in `top` replaces.
    package static func overlay(_ top: JSONValue, on base: JSONValue) -> JSONValue {
        guard case .object(let upper) = top, case .object(var merged) = base else { return top }
        for member in upper.members {
            merged.set(member.key, merged[member.key].map { overlay(member.value, on: $0) } ?? member.value)
        }
        return .object(merged)
    }
}
