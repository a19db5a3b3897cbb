import Foundation

/// Reads one NDJSON line straight into a case — or gives up.
///
/// It accepts only what it can decide with certainty: plain ASCII strings without escapes,
/// whole numbers where the contract wants them, known keys once each, and values that pass
/// every check ``CaseDecoder`` makes. On anything else — an error, an escape, a duplicate key,
/// an amount it cannot hold exactly — it returns nil and the caller falls back to the full
/// parser and decoder, which report errors with their pointers. So the fast path can be wrong
/// only by giving up too often, never by accepting a case the contract rejects; the tests hold
/// it to exactly that.
///
/// Two forms come out of one reading: a ``CompactCase`` for `compare` and `sweep` (which name
/// their rule sets, so selection by decision date is not its concern), and a ``Case`` for
/// `evaluate`, where parsing into a tree and decoding it cost more than deciding the case.
package final class FastCaseReader: Sendable {
    let compiled: CompiledRuleBook
    /// The decision date assumed when a case gives none (the compact form's date check).
    let today: LegalDate
    /// Whether to keep case ids in the compact form (only a list of changed cases shows them).
    let keepIDs: Bool

    package init(compiled: CompiledRuleBook, today: LegalDate, keepIDs: Bool = true) {
        self.compiled = compiled
        self.today = today
        self.keepIDs = keepIDs
    }

    /// The line as a compact case, or nil to take the engine's path.
    package func compactCase(_ line: ArraySlice<UInt8>) -> CompactCase? {
        var compact = CompactCase(today: today)
        return read(line, into: &compact) ? compact : nil
    }

    /// Reads the line into `compact`, which must be new (``CompactCase/init(today:)``); false to
    /// take the engine's path. Counting a file, the caller reads each case into a place of its
    /// own: a compact case is a few hundred bytes, and returning it by value cost a copy per case.
    package func read(_ line: ArraySlice<UInt8>, into compact: inout CompactCase) -> Bool {
        line.withUnsafeBufferPointer { buffer in
            // The fields hold eight substance entries inline (no allocation). They are built
            // from where they were read: handing them on to a closure cost a copy per case.
            var reader = Reader(bytes: buffer, keepID: keepIDs)
            var fields = Reader.Fields()
            return reader.readFields(into: &fields, self) && fill(&compact, &fields, reader)
        }
    }

    /// The line as a validated case, or nil to take the parser's and decoder's path.
    package func fullCase(_ line: ArraySlice<UInt8>) -> Case? {
        line.withUnsafeBufferPointer { buffer in
            var reader = Reader(bytes: buffer, keepID: true)
            var fields = Reader.Fields()
            return reader.readFields(into: &fields, self) ? fullCase(&fields, reader) : nil
        }
    }

    /// A substance as the line names it. Eight are held inline in the fields of every line read
    /// (and set up afresh for each), so indices and offsets are held in as few bytes as they need.
    fileprivate struct SubstanceEntry {
        private var substanceIndex: Int32 = -1
        private var unitIndex: Int32 = -1
        var amount = ScannedNumber()
        var hasAmount = false

        /// The vocabulary's index of the substance; -1 until it is read.
        var substance: Int {
            get { Int(substanceIndex) }
            set { substanceIndex = Int32(newValue) }
        }

        /// The vocabulary's index of the unit; -1 until it is read.
        var unit: Int {
            get { Int(unitIndex) }
            set { unitIndex = Int32(newValue) }
        }
    }

    /// Where a JSON number's parts are in the line: every digit is read from there, however many.
    /// Offsets are held in 32 bits: a line is at most ``CaseStream/maximumCaseBytes`` long.
    fileprivate struct ScannedNumber {
        private var start: Int32 = 0
        private var end: Int32 = 0
        private var integerStart: Int32 = 0
        private var integerEnd: Int32 = 0
        private var fractionStart: Int32 = 0
        private var fractionEnd: Int32 = 0
        /// The written exponent, held below 10^9 either way (beyond that no number is readable
        /// anyway).
        private var writtenExponent: Int32 = 0
        var negative = false

        /// The whole number's bytes.
        var range: Range<Int> {
            get { Int(start)..<Int(end) }
            set { (start, end) = (Int32(newValue.lowerBound), Int32(newValue.upperBound)) }
        }

        var integerDigits: Range<Int> {
            get { Int(integerStart)..<Int(integerEnd) }
            set { (integerStart, integerEnd) = (Int32(newValue.lowerBound), Int32(newValue.upperBound)) }
        }

        var fractionDigits: Range<Int> {
            get { Int(fractionStart)..<Int(fractionEnd) }
            set { (fractionStart, fractionEnd) = (Int32(newValue.lowerBound), Int32(newValue.upperBound)) }
        }

        var exponent: Int {
            get { Int(writtenExponent) }
            set { writtenExponent = Int32(newValue) }
        }
    }

    fileprivate struct Reader {
        let bytes: UnsafeBufferPointer<UInt8>
        let keepID: Bool
        var index = 0

        init(bytes: UnsafeBufferPointer<UInt8>, keepID: Bool) {
            self.bytes = bytes
            self.keepID = keepID
        }

        @inline(__always)
        mutating func skipSpace() {
            while index < bytes.count, bytes[index] == 0x20 || bytes[index] == 0x09 || bytes[index] == 0x0D || bytes[index] == 0x0A {
                index += 1
            }
        }

        @inline(__always)
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
            // Eight bytes at a time while none of them ends the string or needs a closer look;
            // then straight to the first one that does, to be looked at below.
            if let base = bytes.baseAddress {
                while index + 8 <= bytes.count {
                    let flagged = Self.specialBytes(UInt64(littleEndian: UnsafeRawPointer(base + index).loadUnaligned(as: UInt64.self)))
                    if flagged == 0 {
                        index += 8
                        continue
                    }
                    index += flagged.trailingZeroBitCount / 8
                    break
                }
            }
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

        /// The high bit of each of eight bytes (the first in the lowest bits) that may be a
        /// quote, a backslash, a control byte or not printable ASCII. The lowest one flagged is
        /// always such a byte (SWAR: a borrow runs only upwards from a byte truly flagged);
        /// bytes above it may be flagged without being one. Zero when none of the eight is.
        @inline(__always)
        static func specialBytes(_ word: UInt64) -> UInt64 {
            let ones: UInt64 = 0x0101_0101_0101_0101
            let highs: UInt64 = 0x8080_8080_8080_8080
            /// High bit set in (at least) the first byte of `value` that is below `bound`, for
            /// bytes below 0x80 (SWAR: no byte is missed).
            func below(_ value: UInt64, _ bound: UInt64) -> UInt64 { (value &- ones &* bound) & ~value & highs }
            let quote = below(word ^ (ones &* 0x22), 1)
            let backslash = below(word ^ (ones &* 0x5C), 1)
            let delete = below(word ^ (ones &* 0x7F), 1)
            return quote | backslash | delete | below(word, 0x20) | (word & highs)
        }

        /// After a key's opening quote: whether the key is `word`; if so, reads past it, its
        /// closing quote and the colon. Known keys are matched where they stand, without scanning
        /// the string first: a key that is not one of them (or is written with escapes) matches
        /// none, and the case goes to the decoder.
        @inline(__always)
        mutating func key(_ word: StaticString) -> Bool {
            let count = word.utf8CodeUnitCount
            guard index + count < bytes.count, bytes[index + count] == UInt8(ascii: "\""), let base = bytes.baseAddress,
                Self.same(base + index, word.utf8Start, count)
            else { return false }
            let keyStart = index
            index += count + 1
            guard expect(UInt8(ascii: ":")) else {
                index = keyStart
                return false
            }
            return true
        }

        /// The byte where a key begins (0 at the end of the line): compared first, so that a
        /// member is matched against the keys with its first letter only, not the whole chain.
        var initial: UInt8 { index < bytes.count ? bytes[index] : 0 }

        func equals(_ range: Range<Int>, _ word: StaticString) -> Bool {
            guard range.count == word.utf8CodeUnitCount, let base = bytes.baseAddress else { return false }
            return Self.same(base + range.lowerBound, word.utf8Start, range.count)
        }

        /// Whether `count` bytes at `a` and at `b` are the same: eight at a time, then one by
        /// one (no byte past `count` is read on either side).
        @inline(__always)
        static func same(_ a: UnsafePointer<UInt8>, _ b: UnsafePointer<UInt8>, _ count: Int) -> Bool {
            var offset = 0
            while offset + 8 <= count {
                guard UnsafeRawPointer(a + offset).loadUnaligned(as: UInt64.self) == UnsafeRawPointer(b + offset).loadUnaligned(as: UInt64.self)
                else { return false }
                offset += 8
            }
            while offset < count {
                guard a[offset] == b[offset] else { return false }
                offset += 1
            }
            return true
        }

        /// The index of the name equal to the bytes in `range` (a short list: a linear scan of
        /// byte arrays is faster than building a String to hash).
        func lookup(_ range: Range<Int>, in names: [([UInt8], Int)]) -> Int? {
            guard let base = bytes.baseAddress else { return nil }
            for (name, index) in names where name.count == range.count {
                if name.withUnsafeBufferPointer({ $0.baseAddress.map { Self.same(base + range.lowerBound, $0, range.count) } ?? true }) {
                    return index
                }
            }
            return nil
        }

        func text(_ range: Range<Int>) -> String {
            String(decoding: UnsafeBufferPointer(rebasing: bytes[range]), as: UTF8.self)
        }

        /// `true` or `false`, compared four bytes at a time.
        mutating func bool() -> Bool? {
            skipSpace()
            guard index + 4 <= bytes.count, let base = bytes.baseAddress else { return nil }
            let four = UnsafeRawPointer(base + index).loadUnaligned(as: UInt32.self)
            if four == Self.fourBytes("true") {
                index += 4
                return true
            }
            guard four == Self.fourBytes("fals"), index + 5 <= bytes.count, bytes[index + 4] == UInt8(ascii: "e") else { return nil }
            index += 5
            return false
        }

        /// Four ASCII letters as the machine loads them from memory.
        static func fourBytes(_ word: StaticString) -> UInt32 {
            UnsafeRawPointer(word.utf8Start).loadUnaligned(as: UInt32.self)
        }

        /// A JSON number's parts (RFC 8259 §6), any number of digits and any exponent; nil if
        /// the text here is not one. What follows it is checked by the caller's next step.
        mutating func number() -> ScannedNumber? {
            skipSpace()
            var scanned = ScannedNumber()
            let start = index
            if index < bytes.count, bytes[index] == UInt8(ascii: "-") {
                scanned.negative = true
                index += 1
            }
            let integerStart = index
            guard isDigit() else { return nil }
            if bytes[index] == UInt8(ascii: "0") { index += 1 } else { while isDigit() { index += 1 } }
            scanned.integerDigits = integerStart..<index
            if index < bytes.count, bytes[index] == UInt8(ascii: ".") {
                index += 1
                let fractionStart = index
                while isDigit() { index += 1 }
                guard index > fractionStart else { return nil }
                scanned.fractionDigits = fractionStart..<index
            }
            if index < bytes.count, bytes[index] == UInt8(ascii: "e") || bytes[index] == UInt8(ascii: "E") {
                index += 1
                var sign = 1
                if index < bytes.count, bytes[index] == UInt8(ascii: "+") || bytes[index] == UInt8(ascii: "-") {
                    sign = bytes[index] == UInt8(ascii: "-") ? -1 : 1
                    index += 1
                }
                let exponentStart = index
                var exponent = 0
                while isDigit() {
                    if exponent < 100_000_000 { exponent = exponent * 10 + Int(bytes[index] - 0x30) }
                    index += 1
                }
                guard index > exponentStart else { return nil }
                scanned.exponent = sign * exponent
            }
            scanned.range = start..<index
            return scanned
        }

        @inline(__always)
        func isDigit() -> Bool { index < bytes.count && bytes[index] >= 0x30 && bytes[index] <= 0x39 }

        /// The number times `10^shift`, in whole units (`FixedPoint/Accumulator`), and its
        /// magnitude (``ExactDecimal/magnitude``); nil when it is zero. Up to 19 digits (every
        /// amount a person or a double writes) the digits are read into a 64-bit integer and
        /// scaled once; longer ones digit by digit.
        func fixed(_ number: ScannedNumber, shift: Int) -> (amount: FixedAmount, magnitude: Int)? {
            let count = number.integerDigits.count + number.fractionDigits.count
            let power = number.exponent - number.fractionDigits.count + shift
            var leading = -1
            if count <= 19 {
                var mantissa: UInt64 = 0
                var position = 0
                for offset in number.integerDigits {
                    let digit = bytes[offset] &- 0x30
                    if leading < 0 && digit != 0 { leading = position }
                    mantissa = mantissa &* 10 &+ UInt64(digit)
                    position += 1
                }
                for offset in number.fractionDigits {
                    let digit = bytes[offset] &- 0x30
                    if leading < 0 && digit != 0 { leading = position }
                    mantissa = mantissa &* 10 &+ UInt64(digit)
                    position += 1
                }
                guard leading >= 0 else { return nil }
                return (FixedPoint.scaled(mantissa, power: power), number.exponent - number.fractionDigits.count + count - leading)
            }
            let kept = power >= 0 ? count : count + power
            var accumulator = FixedPoint.Accumulator()
            var position = 0
            for offset in number.integerDigits {
                let digit = bytes[offset] &- 0x30
                if leading < 0 && digit != 0 { leading = position }
                accumulator.push(digit, kept: position < kept)
                position += 1
            }
            for offset in number.fractionDigits {
                let digit = bytes[offset] &- 0x30
                if leading < 0 && digit != 0 { leading = position }
                accumulator.push(digit, kept: position < kept)
                position += 1
            }
            guard leading >= 0 else { return nil }
            return (accumulator.finish(power: power), number.exponent - number.fractionDigits.count + count - leading)
        }

        /// A whole number within `range`, in any form JSON allows (`30`, `30.0`, `3e1`).
        mutating func integer(_ range: ClosedRange<Int>) -> Int? {
            skipSpace()
            // Plain digits, as nearly every writer gives a whole number, are read where they
            // stand; a fraction, an exponent, a leading zero or a long number takes the general way.
            var value = 0
            var end = index
            while end < bytes.count, end - index < 9, bytes[end] >= 0x30, bytes[end] <= 0x39 {
                value = value * 10 + Int(bytes[end] &- 0x30)
                end += 1
            }
            if end > index, end < bytes.count, !(bytes[index] == UInt8(ascii: "0") && end - index > 1) {
                let next = bytes[end]
                if !(next >= 0x30 && next <= 0x39) && next != UInt8(ascii: ".") && next != UInt8(ascii: "e") && next != UInt8(ascii: "E") {
                    index = end
                    return range.contains(value) ? value : nil
                }
            }
            guard let number = number(), !number.negative else { return nil }
            guard let (fixed, _) = fixed(number, shift: 0) else { return range.contains(0) ? 0 : nil }
            guard !fixed.inexact, fixed.units <= Int128(range.upperBound), fixed.units >= Int128(range.lowerBound) else { return nil }
            return Int(fixed.units)
        }

        /// A date string: ten bytes `LegalDate` accepts, then the closing quote.
        mutating func date() -> LegalDate? {
            guard expect(UInt8(ascii: "\"")), index + 10 < bytes.count, bytes[index + 10] == UInt8(ascii: "\""),
                let date = LegalDate(utf8: UnsafeBufferPointer(rebasing: bytes[index..<(index + 10)]))
            else { return nil }
            index += 11
            return date
        }

        /// After a member or element: true at a comma (another follows), false at `close`, nil otherwise.
        @inline(__always)
        mutating func next(_ close: UInt8) -> Bool? {
            skipSpace()
            guard index < bytes.count else { return nil }
            let byte = bytes[index]
            index += 1
            if byte == UInt8(ascii: ",") { return true }
            return byte == close ? false : nil
        }

        /// Opens an object or array; true when it is empty (and already closed).
        @inline(__always)
        mutating func open(_ opening: UInt8, _ close: UInt8) -> Bool? {
            guard expect(opening) else { return nil }
            skipSpace()
            if index < bytes.count, bytes[index] == close {
                index += 1
                return true
            }
            return false
        }

        /// What has been read of a case so far. A plain struct on the stack: the reader passes
        /// it `inout` instead of capturing locals in closures, which would box them. The
        /// builders take it `inout` too, though they only read it: passed borrowed, its 500
        /// bytes were copied for every case.
        struct Fields {
            var seen: UInt32 = 0
            var id: String?
            var offence: LegalDate?
            var decision: LegalDate?
            var birth: LegalDate?
            var givenAge: Int?
            var dependent = Dependency.no
            var priors = 0
            var consent: Int8 = -1
            var guardian: Int8 = -1
            /// The acts as bits (`Act.allCases` order), and in the order given.
            var acts: UInt8 = 0
            var actOrder = InlineArray<4, UInt8>(repeating: 0)
            var actCount = 0
            var ownUse = true
            var otherOffences = false
            /// Held inline: no allocation per case. More entries than this take the engine's path.
            var entries = InlineArray<8, SubstanceEntry>(repeating: SubstanceEntry())
            var entryCount = 0

            /// Marks a key as seen; false if it was seen before (a duplicate key).
            mutating func first(_ bit: UInt32) -> Bool {
                defer { seen |= bit }
                return seen & bit == 0
            }
        }

        /// The case object's members, with the checks that need no rule data beyond names.
        mutating func readFields(into fields: inout Fields, _ parser: FastCaseReader) -> Bool {
            guard let empty = open(UInt8(ascii: "{"), UInt8(ascii: "}")), !empty else { return false }
            repeat {
                guard expect(UInt8(ascii: "\"")), member(&fields, parser) else { return false }
                guard let more = next(UInt8(ascii: "}")) else { return false }
                if !more { break }
            } while true
            skipSpace()
            guard index == bytes.count, fields.offence != nil, fields.seen & (1 << 3) != 0, fields.acts != 0,
                fields.entryCount > 0
            else { return false }
            return true
        }
    }

    /// The decoder's checks, in the same terms (``CaseDecoder``): the age (given or from the
    /// birth date), a birth date not after the offence, a decision date not before it.
    private func age(_ fields: inout Reader.Fields, decisionDate: LegalDate) -> Int? {
        guard let offence = fields.offence, decisionDate >= offence else { return nil }
        var age = fields.givenAge
        if let birth = fields.birth {
            guard birth <= offence else { return nil }
            let computed = offence.completedYears(since: birth)
            guard CaseDecoder.ageRange.contains(computed), fields.givenAge == nil || fields.givenAge == computed else { return nil }
            age = computed
        }
        return age
    }

    /// Whether an entry's amount and unit are present together, fit each other, and are left
    /// out only in a use-only case.
    private func isWellFormed(_ entry: SubstanceEntry, useOnly: Bool) -> Bool {
        guard entry.hasAmount == (entry.unit >= 0) else { return false }
        return entry.hasAmount ? compiled.substanceUnits[entry.substance].contains(entry.unit) : useOnly
    }

    @inline(__always)
    private func fill(_ compact: inout CompactCase, _ fields: inout Reader.Fields, _ reader: borrowing Reader) -> Bool {
        guard let offence = fields.offence, let age = age(&fields, decisionDate: fields.decision ?? today) else { return false }
        let useOnly = fields.acts == 1
        compact.id = fields.id
        compact.ageTrack = compiled.ageTrackIndex(forAge: age)
        compact.dependent = fields.dependent
        compact.priorDrugReactions = fields.priors
        compact.consent = fields.consent
        compact.guardianConsent = fields.guardian
        compact.ownUse = fields.ownUse
        compact.useOnly = useOnly
        compact.offenceDate = offence
        compact.decisionDate = fields.decision ?? today
        for position in 0..<fields.entryCount {
            let entry = fields.entries[position]
            guard isWellFormed(entry, useOnly: useOnly) else { return false }
            if !entry.hasAmount {
                guard compact.add(substance: entry.substance, dimension: -1, amount: .zero) else { return false }
                continue
            }
            guard let (amount, magnitude) = reader.fixed(entry.amount, shift: compiled.unitScale[entry.unit] + FixedPoint.resolution),
                StrictReader.readableMagnitudes.contains(magnitude),
                compact.add(substance: entry.substance, dimension: compiled.unitDimension[entry.unit], amount: amount)
            else { return false }
        }
        guard compact.comparable(under: compiled) else { return false }
        compact.refreshSubstances()
        return true
    }

    /// A case as ``CaseDecoder`` would build it. The decision date is checked only when given:
    /// without one, rule-set selection compares the offence with today and reports it.
    private func fullCase(_ fields: inout Reader.Fields, _ reader: borrowing Reader) -> Case? {
        guard let offence = fields.offence, let age = age(&fields, decisionDate: fields.decision ?? offence) else { return nil }
        let useOnly = fields.acts == 1
        var substances: [SubstanceAmount] = []
        substances.reserveCapacity(fields.entryCount)
        for position in 0..<fields.entryCount {
            let entry = fields.entries[position]
            guard isWellFormed(entry, useOnly: useOnly) else { return nil }
            var amount: ExactDecimal?
            if entry.hasAmount {
                amount = ExactDecimal(utf8: UnsafeBufferPointer(rebasing: reader.bytes[entry.amount.range]))
                guard let magnitude = amount?.magnitude, StrictReader.readableMagnitudes.contains(magnitude) else { return nil }
            }
            substances.append(
                SubstanceAmount(
                    substance: compiled.substanceIDs[entry.substance],
                    amount: amount,
                    unit: entry.hasAmount ? compiled.unitIDs[entry.unit] : nil))
        }
        var acts: [Act] = []
        acts.reserveCapacity(fields.actCount)
        for position in 0..<fields.actCount { acts.append(Act.allCases[Int(fields.actOrder[position])]) }
        return Case(
            unchecked: fields.id, offenceDate: offence, decisionDate: fields.decision,
            person: Person(
                birthDate: fields.birth, ageAtOffence: age, dependent: fields.dependent,
                priorDrugReactions: fields.priors, consent: fields.consent < 0 ? nil : fields.consent == 1,
                guardianConsent: fields.guardian < 0 ? nil : fields.guardian == 1),
            acts: acts, ownUse: fields.ownUse, substances: substances, otherOffences: fields.otherOffences)
    }
}

extension FastCaseReader.Reader {
    /// A non-empty array, each element read by `element`; false if it or any element fails.
    @inline(__always)
    mutating func nonEmptyArray(_ element: (inout Self) -> Bool) -> Bool {
        guard let empty = open(UInt8(ascii: "["), UInt8(ascii: "]")), !empty else { return false }
        repeat {
            guard element(&self), let more = next(UInt8(ascii: "]")) else { return false }
            if !more { return true }
        } while true
    }

    /// One member of the case object. The keys are the case declaration's (``CaseField``); a key
    /// this reader does not know — a field added to the declaration — gives the case to the
    /// decoder, so every declared field is read by one of the two.
    mutating func member(_ fields: inout Fields, _ parser: FastCaseReader) -> Bool {
        // The key's first letter picks the keys worth comparing (see `initial`).
        let letter = initial
        if letter == UInt8(ascii: "i"), key("id") {
            guard fields.first(1 << 0), let range = string() else { return false }
            if keepID { fields.id = text(range) }
        } else if letter == UInt8(ascii: "o"), key("offenceDate") {
            guard fields.first(1 << 1), let date = date() else { return false }
            fields.offence = date
        } else if letter == UInt8(ascii: "d"), key("decisionDate") {
            guard fields.first(1 << 2), let date = date() else { return false }
            fields.decision = date
        } else if letter == UInt8(ascii: "p"), key("person") {
            guard fields.first(1 << 3) else { return false }
            return person(&fields)
        } else if letter == UInt8(ascii: "a"), key("acts") {
            guard fields.first(1 << 4) else { return false }
            return nonEmptyArray { reader in
                guard let range = reader.string() else { return false }
                let act: UInt8
                if reader.equals(range, "use") {
                    act = 0
                } else if reader.equals(range, "possession") {
                    act = 1
                } else if reader.equals(range, "acquisition") {
                    act = 2
                } else if reader.equals(range, "storage") {
                    act = 3
                } else {
                    return false
                }
                guard fields.acts & (1 << act) == 0 else { return false }
                fields.acts |= 1 << act
                fields.actOrder[fields.actCount] = act
                fields.actCount += 1
                return true
            }
        } else if letter == UInt8(ascii: "o"), key("ownUse") {
            guard fields.first(1 << 5), let flag = bool() else { return false }
            fields.ownUse = flag
        } else if letter == UInt8(ascii: "s"), key("substances") {
            guard fields.first(1 << 6) else { return false }
            return nonEmptyArray { reader in
                guard fields.entryCount < CompactCase.maximumTotals, let entry = reader.substance(parser) else { return false }
                fields.entries[fields.entryCount] = entry
                fields.entryCount += 1
                return true
            }
        } else if letter == UInt8(ascii: "o"), key("otherOffences") {
            guard fields.first(1 << 7), let flag = bool() else { return false }
            fields.otherOffences = flag
        } else {
            return false
        }
        return true
    }

    /// The person object.
    mutating func person(_ fields: inout Fields) -> Bool {
        guard let empty = open(UInt8(ascii: "{"), UInt8(ascii: "}")) else { return false }
        if empty { return true }
        var seen: UInt8 = 0
        func first(_ bit: UInt8) -> Bool {
            defer { seen |= bit }
            return seen & bit == 0
        }
        repeat {
            guard expect(UInt8(ascii: "\"")) else { return false }
            let letter = initial
            if letter == UInt8(ascii: "b"), key("birthDate") {
                guard first(1), let date = date() else { return false }
                fields.birth = date
            } else if letter == UInt8(ascii: "a"), key("ageAtOffence") {
                guard first(2), let age = integer(CaseDecoder.ageRange) else { return false }
                fields.givenAge = age
            } else if letter == UInt8(ascii: "d"), key("dependent") {
                guard first(4) else { return false }
                if let flag = bool() {
                    fields.dependent = flag ? .yes : .no
                } else {
                    guard let range = string(), equals(range, "doubtful") else { return false }
                    fields.dependent = .doubtful
                }
            } else if letter == UInt8(ascii: "p"), key("priorDrugReactions") {
                guard first(8), let value = integer(CaseDecoder.priorReactionsRange) else { return false }
                fields.priors = value
            } else if letter == UInt8(ascii: "c"), key("consent") {
                guard first(16), let flag = bool() else { return false }
                fields.consent = flag ? 1 : 0
            } else if letter == UInt8(ascii: "g"), key("guardianConsent") {
                guard first(32), let flag = bool() else { return false }
                fields.guardian = flag ? 1 : 0
            } else {
                return false
            }
            guard let more = next(UInt8(ascii: "}")) else { return false }
            if !more { return true }
        } while true
    }

    /// One entry of `substances`.
    mutating func substance(_ parser: FastCaseReader) -> FastCaseReader.SubstanceEntry? {
        guard let empty = open(UInt8(ascii: "{"), UInt8(ascii: "}")), !empty else { return nil }
        var entry = FastCaseReader.SubstanceEntry()
        var seen: UInt8 = 0
        repeat {
            guard expect(UInt8(ascii: "\"")) else { return nil }
            if key("substance") {
                guard seen & 1 == 0, let range = string(), let index = lookup(range, in: parser.compiled.substanceNames) else { return nil }
                seen |= 1
                entry.substance = index
            } else if key("amount") {
                guard seen & 2 == 0, let number = number(), !number.negative else { return nil }
                seen |= 2
                entry.amount = number
                entry.hasAmount = true
            } else if key("unit") {
                guard seen & 4 == 0, let range = string(), let unit = lookup(range, in: parser.compiled.unitNames) else { return nil }
                seen |= 4
                entry.unit = unit
            } else {
                return nil
            }
            guard let more = next(UInt8(ascii: "}")) else { return nil }
            if !more { break }
        } while true
        return entry.substance >= 0 ? entry : nil
    }
}
