/// Reads one NDJSON line straight into a ``CompactCase`` — or gives up.
///
/// It accepts only what it can decide with certainty: plain ASCII strings without escapes,
/// whole numbers where the contract wants them, known keys once each, and values that pass
/// every check ``CaseDecoder`` makes. On anything else — an error, an escape, a duplicate key,
/// an amount it cannot hold exactly — it returns nil and the caller falls back to the full
/// parser and decoder, which report errors with their pointers. So the fast path can be wrong
/// only by giving up too often, never by accepting a case the contract rejects; the tests hold
/// it to exactly that. It serves `compare` and `sweep`, which name their rule sets: selection by
/// decision date (and its `no-rule-set` error) is not its concern.
public struct CompactCaseParser: Sendable {
    let compiled: CompiledRuleBook
    let today: LegalDate

    public init(compiled: CompiledRuleBook, today: LegalDate) {
        self.compiled = compiled
        self.today = today
    }

    public func parse(_ line: ArraySlice<UInt8>) -> CompactCase? {
        line.withUnsafeBufferPointer { buffer in
            var reader = Reader(bytes: buffer)
            return reader.readCase(self)
        }
    }

    fileprivate struct SubstanceEntry {
        var substance = -1
        var unit = -1
        var mantissa: UInt64 = 0
        var exponent = 0
        var hasAmount = false
    }

    fileprivate struct Reader {
        let bytes: UnsafeBufferPointer<UInt8>
        var index = 0

        init(bytes: UnsafeBufferPointer<UInt8>) { self.bytes = bytes }

        mutating func skipSpace() {
            while index < bytes.count, bytes[index] == 0x20 || bytes[index] == 0x09 || bytes[index] == 0x0D || bytes[index] == 0x0A {
                index += 1
            }
        }

        mutating func expect(_ byte: UInt8) -> Bool {
            skipSpace()
            guard index < bytes.count, bytes[index] == byte else { return false }
            index += 1
            return true
        }

        /// A string of printable ASCII without escapes, as a byte range.
        mutating func string() -> Range<Int>? {
            guard expect(UInt8(ascii: "\"")) else { return nil }
            let start = index
            while index < bytes.count {
                let byte = bytes[index]
                if byte == UInt8(ascii: "\"") {
                    index += 1
                    return start..<(index - 1)
                }
                guard byte >= 0x20, byte < 0x7F, byte != UInt8(ascii: "\\") else { return nil }
                index += 1
            }
            return nil
        }

        func equals(_ range: Range<Int>, _ word: StaticString) -> Bool {
            guard range.count == word.utf8CodeUnitCount else { return false }
            let pointer = word.utf8Start
            for offset in 0..<range.count where bytes[range.lowerBound + offset] != pointer[offset] { return false }
            return true
        }

        /// The index of the name equal to the bytes in `range` (a short list: a linear scan of
        /// byte arrays is faster than building a String to hash).
        func lookup(_ range: Range<Int>, in names: [([UInt8], Int)]) -> Int? {
            for (name, index) in names where name.count == range.count {
                var equal = true
                for offset in 0..<name.count where bytes[range.lowerBound + offset] != name[offset] {
                    equal = false
                    break
                }
                if equal { return index }
            }
            return nil
        }

        func text(_ range: Range<Int>) -> String {
            String(decoding: UnsafeBufferPointer(rebasing: bytes[range]), as: UTF8.self)
        }

        mutating func bool() -> Bool? {
            skipSpace()
            if matchWord("true") { return true }
            if matchWord("false") { return false }
            return nil
        }

        mutating func matchWord(_ word: StaticString) -> Bool {
            let count = word.utf8CodeUnitCount
            guard index + count <= bytes.count else { return false }
            for offset in 0..<count where bytes[index + offset] != word.utf8Start[offset] { return false }
            index += count
            return true
        }

        /// A non-negative JSON number as mantissa and decimal exponent (at most 19 digits).
        mutating func number() -> (mantissa: UInt64, exponent: Int, whole: Bool)? {
            skipSpace()
            guard index < bytes.count, bytes[index] >= 0x30, bytes[index] <= 0x39 else { return nil }
            if bytes[index] == 0x30, index + 1 < bytes.count, bytes[index + 1] >= 0x30, bytes[index + 1] <= 0x39 { return nil }
            var mantissa: UInt64 = 0
            var digits = 0
            var exponent = 0
            var whole = true
            while index < bytes.count, bytes[index] >= 0x30, bytes[index] <= 0x39 {
                mantissa = mantissa &* 10 &+ UInt64(bytes[index] - 0x30)
                digits += 1
                index += 1
            }
            if index < bytes.count, bytes[index] == UInt8(ascii: ".") {
                whole = false
                index += 1
                let start = index
                while index < bytes.count, bytes[index] >= 0x30, bytes[index] <= 0x39 {
                    mantissa = mantissa &* 10 &+ UInt64(bytes[index] - 0x30)
                    digits += 1
                    exponent -= 1
                    index += 1
                }
                guard index > start else { return nil }
            }
            if index < bytes.count, bytes[index] == UInt8(ascii: "e") || bytes[index] == UInt8(ascii: "E") { return nil }
            guard digits <= 19 else { return nil }
            return (mantissa, exponent, whole)
        }

        mutating func integer(_ range: ClosedRange<Int>) -> Int? {
            guard let (mantissa, _, whole) = number(), whole, mantissa <= UInt64(range.upperBound), Int(mantissa) >= range.lowerBound
            else { return nil }
            return Int(mantissa)
        }

        mutating func date() -> LegalDate? {
            guard let range = string(), range.count == 10 else { return nil }
            return LegalDate(text(range))
        }

        /// Iterates the members of an object; `member` returns false to give up.
        mutating func members(_ member: (inout Reader, Range<Int>) -> Bool) -> Bool {
            guard expect(UInt8(ascii: "{")) else { return false }
            skipSpace()
            if index < bytes.count, bytes[index] == UInt8(ascii: "}") {
                index += 1
                return true
            }
            while true {
                guard let key = string(), expect(UInt8(ascii: ":")) else { return false }
                skipSpace()
                guard member(&self, key) else { return false }
                skipSpace()
                guard index < bytes.count else { return false }
                if bytes[index] == UInt8(ascii: ",") {
                    index += 1
                    continue
                }
                if bytes[index] == UInt8(ascii: "}") {
                    index += 1
                    return true
                }
                return false
            }
        }

        /// Iterates the elements of an array; `element` returns false to give up.
        mutating func elements(_ element: (inout Reader) -> Bool) -> Bool {
            guard expect(UInt8(ascii: "[")) else { return false }
            skipSpace()
            if index < bytes.count, bytes[index] == UInt8(ascii: "]") {
                index += 1
                return true
            }
            while true {
                guard element(&self) else { return false }
                skipSpace()
                guard index < bytes.count else { return false }
                if bytes[index] == UInt8(ascii: ",") {
                    index += 1
                    continue
                }
                if bytes[index] == UInt8(ascii: "]") {
                    index += 1
                    return true
                }
                return false
            }
        }

        mutating func readCase(_ parser: CompactCaseParser) -> CompactCase? {
            let compiled = parser.compiled
            var seen: UInt32 = 0
            func once(_ bit: UInt32) -> Bool {
                defer { seen |= bit }
                return seen & bit == 0
            }
            var id: String?
            var offence: LegalDate?
            var decision: LegalDate?
            var birth: LegalDate?
            var givenAge: Int?
            var dependent = Dependency.no
            var priors = 0
            var consent: Int8 = -1
            var guardian: Int8 = -1
            var acts: UInt8 = 0
            var actCount = 0
            var ownUse = true
            var entries: [SubstanceEntry] = []
            var hasPerson = false

            let complete = members { reader, key in
                if reader.equals(key, "id") {
                    guard once(1 << 0), let range = reader.string() else { return false }
                    id = reader.text(range)
                } else if reader.equals(key, "offenceDate") {
                    guard once(1 << 1), let date = reader.date() else { return false }
                    offence = date
                } else if reader.equals(key, "decisionDate") {
                    guard once(1 << 2), let date = reader.date() else { return false }
                    decision = date
                } else if reader.equals(key, "person") {
                    guard once(1 << 3) else { return false }
                    hasPerson = true
                    var personSeen: UInt32 = 0
                    return reader.members { reader, key in
                        func first(_ bit: UInt32) -> Bool {
                            defer { personSeen |= bit }
                            return personSeen & bit == 0
                        }
                        if reader.equals(key, "birthDate") {
                            guard first(1), let date = reader.date() else { return false }
                            birth = date
                        } else if reader.equals(key, "ageAtOffence") {
                            guard first(2), let age = reader.integer(CaseDecoder.ageRange) else { return false }
                            givenAge = age
                        } else if reader.equals(key, "dependent") {
                            guard first(4) else { return false }
                            if let flag = reader.bool() {
                                dependent = flag ? .yes : .no
                            } else {
                                guard let range = reader.string(), reader.equals(range, "doubtful") else { return false }
                                dependent = .doubtful
                            }
                        } else if reader.equals(key, "priorDrugReactions") {
                            guard first(8), let value = reader.integer(CaseDecoder.priorReactionsRange) else { return false }
                            priors = value
                        } else if reader.equals(key, "consent") {
                            guard first(16), let flag = reader.bool() else { return false }
                            consent = flag ? 1 : 0
                        } else if reader.equals(key, "guardianConsent") {
                            guard first(32), let flag = reader.bool() else { return false }
                            guardian = flag ? 1 : 0
                        } else {
                            return false
                        }
                        return true
                    }
                } else if reader.equals(key, "acts") {
                    guard once(1 << 4) else { return false }
                    return reader.elements { reader in
                        guard let range = reader.string() else { return false }
                        let bit: UInt8
                        if reader.equals(range, "use") { bit = 1 } else if reader.equals(range, "possession") { bit = 2 }
                        else if reader.equals(range, "acquisition") { bit = 4 } else if reader.equals(range, "storage") { bit = 8 }
                        else { return false }
                        guard acts & bit == 0 else { return false }
                        acts |= bit
                        actCount += 1
                        return true
                    }
                } else if reader.equals(key, "ownUse") {
                    guard once(1 << 5), let flag = reader.bool() else { return false }
                    ownUse = flag
                } else if reader.equals(key, "substances") {
                    guard once(1 << 6) else { return false }
                    return reader.elements { reader in
                        var entry = SubstanceEntry()
                        var substanceSeen: UInt8 = 0
                        let read = reader.members { reader, key in
                            if reader.equals(key, "substance") {
                                guard substanceSeen & 1 == 0, let range = reader.string(),
                                    let index = reader.lookup(range, in: compiled.substanceNames)
                                else { return false }
                                substanceSeen |= 1
                                entry.substance = index
                            } else if reader.equals(key, "amount") {
                                guard substanceSeen & 2 == 0, let (mantissa, exponent, _) = reader.number(), mantissa > 0 else { return false }
                                substanceSeen |= 2
                                entry.mantissa = mantissa
                                entry.exponent = exponent
                                entry.hasAmount = true
                            } else if reader.equals(key, "unit") {
                                guard substanceSeen & 4 == 0, let range = reader.string(),
                                    let unit = reader.lookup(range, in: compiled.unitNames)
                                else { return false }
                                substanceSeen |= 4
                                entry.unit = unit
                            } else {
                                return false
                            }
                            return true
                        }
                        guard read, entry.substance >= 0 else { return false }
                        entries.append(entry)
                        return true
                    }
                } else if reader.equals(key, "otherOffences") {
                    guard once(1 << 7), reader.bool() != nil else { return false }
                } else {
                    return false
                }
                return true
            }
            skipSpace()
            guard complete, index == bytes.count, let offence, hasPerson, actCount > 0, !entries.isEmpty else { return nil }

            // The decoder's checks, in the same terms (CaseDecoder.decode).
            let decisionDate = decision ?? parser.today
            guard decisionDate >= offence else { return nil }
            var age = givenAge
            if let birth {
                guard birth <= offence else { return nil }
                let computed = offence.completedYears(since: birth)
                guard CaseDecoder.ageRange.contains(computed), givenAge == nil || givenAge == computed else { return nil }
                age = computed
            }
            guard let age else { return nil }
            let useOnly = acts == 1
            var compact = CompactCase(id: id, ageTrack: compiled.ageTrackIndex(forAge: age), dependent: dependent,
                                      priorDrugReactions: priors, consent: consent, guardianConsent: guardian, ownUse: ownUse,
                                      totals: [])
            for entry in entries {
                if entry.hasAmount != (entry.unit >= 0) { return nil }
                if !entry.hasAmount {
                    guard useOnly, compact.add(substance: entry.substance, dimension: -1, nano: 0) else { return nil }
                    continue
                }
                guard compiled.substanceUnits[entry.substance].contains(entry.unit),
                    let nano = FixedPoint.nano(mantissa: entry.mantissa, exponent: entry.exponent, scale: compiled.unitScale[entry.unit]),
                    compact.add(substance: entry.substance, dimension: compiled.unitDimension[entry.unit], nano: nano)
                else { return nil }
            }
            compact.refreshSubstances()
            return compact
        }
    }
}

