/// What an error says to a person, in Norwegian or English: the field named as a person would
/// name it (counting from 1), what is wrong and how to fix it. The stable code and the JSON
/// Pointer stay in JSON output and in `--explain`; this is the text answer.
///
/// Every error a case can get has a text in both languages here (`texts`); a test fails when
/// a code is missing or a language is empty.
public enum ErrorText {
    /// The plain text of `error`, starting with the field it is about.
    public static func plain(_ error: InputError, _ language: Language, declaration: CaseDeclaration = .standard) -> String {
        let text = template(error.errorCode).map { language == .nb ? $0.nb(error) : $0.en(error) } ?? error.message
        // An unknown field is named in the text; the label is where it stands.
        let place = field(
            error.errorCode == .unknownKey ? JSONPointer(tokens: error.pointer.tokens.dropLast()) : error.pointer, language,
            declaration: declaration)
        let position = error.line.map { line in
            language == .nb
                ? "linje \(line)" + (error.column.map { ", kolonne \($0)" } ?? "")
                : "line \(line)" + (error.column.map { ", column \($0)" } ?? "")
        }
        let label = [position, place].compactMap { $0 }.joined(separator: ", ")
        return label.isEmpty ? text : Wording.capitalized(label) + ": " + continuing(text)
    }

    /// A sentence continued after a colon: its first letter in lower case (not "LSD").
    private static func continuing(_ text: String) -> String {
        let start = text.prefix(2)
        guard start.count == 2, start.last!.isLowercase else { return text }
        return text.prefix(1).lowercased() + text.dropFirst()
    }

    /// "g, mg eller kg" from "g,mg,kg"; in Norwegian, counted units by their Norwegian names.
    private static func choices(_ list: String?, _ nb: Bool) -> String {
        // Counted units by their Norwegian names in the vocabulary, with the id the JSON takes.
        let vocabulary = RuleBook.builtIn.vocabulary
        let words = (list ?? "").split(separator: ",").map { id -> String in
            guard nb, let forms = vocabulary.unit(String(id))?.names?[.nb] else { return String(id) }
            return "\(forms.other) (\(id))"
        }
        return Wording.alternatives(words, nb ? .nb : .en)
    }

    /// An ISO date from an error's details as a reader writes it ("01.07.2014" / "1 July 2014").
    private static func readerDate(_ iso: String?, _ language: Language) -> String {
        guard let iso, let date = LegalDate(iso) else { return iso ?? "?" }
        return Wording.date(date, language)
    }

    /// A field as a person names it: "Stoff nr. 1, mengde" / "Substance no. 1, amount".
    public static func field(_ pointer: JSONPointer, _ language: Language, declaration: CaseDeclaration = .standard) -> String? {
        let tokens = pointer.tokens
        let fieldNames = declaration == .standard ? Self.fieldNames : Self.names(declaration)
        guard let first = tokens.first else { return nil }
        let nb = language == .nb
        func numbered(_ word: (String, String), _ index: String?) -> String {
            let name = nb ? word.0 : word.1
            guard let index, let number = Int(index) else { return name }
            return name + (nb ? " nr. \(number + 1)" : " no. \(number + 1)")
        }
        switch first {
        case "substances":
            guard tokens.count > 1 else { return nb ? "stoffer" : "substances" }
            let entry = numbered(("stoff", "substance"), tokens[1])
            guard tokens.count > 2, tokens[2] != "substance" else { return entry }
            return entry + ", " + (fieldNames[tokens[2]].map { nb ? $0.nb : $0.en } ?? quoted(tokens[2], language))
        case "acts":
            return tokens.count > 1 ? numbered(("handling", "act"), tokens[1]) : (nb ? "handlinger" : "acts")
        case "person" where tokens.count > 1:
            return fieldNames[tokens[1]].map { nb ? $0.nb : $0.en } ?? (nb ? "personen, " : "person, ") + quoted(tokens[1], language)
        default:
            return fieldNames[first].map { nb ? $0.nb : $0.en } ?? quoted(first, language)
        }
    }

    private static func quoted(_ key: String, _ language: Language) -> String {
        let short = JSONParser.shortened(key)
        return language == .nb ? "feltet «\(short)»" : "the field \"\(short)\""
    }

    /// Fields of a case by their key, as a person names them (the case declaration's names).
    static let fieldNames = names(.standard)

    private static func names(_ declaration: CaseDeclaration) -> [String: (nb: String, en: String)] {
        Dictionary(declaration.fields.map { ($0.key, ($0.name.nb, $0.name.en)) }, uniquingKeysWith: { first, _ in first })
    }

    /// What a value of each kind looks like, as the fix for a value of the wrong kind; a whole
    /// number's example is the field's own (`example`, from the case declaration) where it has one.
    static func howToWrite(_ kind: String?, _ nb: Bool, example: String? = nil) -> String {
        switch kind {
        case "number": nb ? "skriv et tall uten anførselstegn, for eksempel 4.5" : "write a number without quotes, for example 4.5"
        case "whole-number":
            nb
                ? "skriv et helt tall uten anførselstegn, for eksempel \(example ?? "17")"
                : "write a whole number without quotes, for example \(example ?? "17")"
        case "string": nb ? "skriv teksten i anførselstegn, for eksempel \"hasj\"" : "write the text in double quotes, for example \"cannabis\""
        case "boolean": nb ? "skriv true (ja) eller false (nei), uten anførselstegn" : "write true or false, without quotes"
        case "array": nb ? "skriv en liste i hakeparenteser, for eksempel [\"bruk\"]" : "write a list in square brackets, for example [\"use\"]"
        case "object": nb ? "skriv feltene i krøllparenteser { }" : "write the fields in curly brackets { }"
        case "case":
            nb
                ? "en sak skrives som et objekt i krøllparenteser { } med feltene offenceDate, person, acts og substances"
                : "a case is an object in curly brackets { } with the fields offenceDate, person, acts and substances"
        default: nb ? "verdien har feil form" : "the value has the wrong form"
        }
    }

    /// The case declaration's example for the field `error` points at, if it is a whole number.
    private static func example(of error: InputError) -> String? {
        guard let key = error.pointer.tokens.last else { return nil }
        return CaseDeclaration.standard.fields.first { $0.key == key }.map(\.example).flatMap { Int($0) == nil ? nil : $0 }
    }

    private static func found(_ error: InputError, _ nb: Bool) -> String {
        guard let found = error.details["found"] else { return "" }
        let kinds: [String: (String, String)] = [
            "string": ("tekst i anførselstegn", "text in quotes"), "number": ("et tall", "a number"),
            "boolean": ("true/false", "true/false"), "null": ("null", "null"), "array": ("en liste", "a list"),
            "object": ("et objekt", "an object"),
        ]
        let shown = kinds[found].map { nb ? $0.0 : $0.1 } ?? (nb ? "«\(found)»" : "'\(found)'")
        return nb ? " (fant \(shown))" : " (found \(shown))"
    }

    /// What to count instead of a word that is not the substance's unit ("tabletter"), from the
    /// vocabulary data.
    private static func counting(_ error: InputError, _ language: Language) -> String {
        guard let substance = error.details["substance"].flatMap({ RuleBook.builtIn.vocabulary.substance(named: $0) }),
            let hint = substance.notUnitHint(error.details["value"] ?? "")
        else { return "" }
        return " " + hint.text(language)
    }

    /// The substance meant (in Norwegian by its Norwegian word: «meth» means «metamfetamin»), or
    /// else the substances to choose from.
    private static func substanceHint(_ error: InputError, _ language: Language) -> String {
        let vocabulary = RuleBook.builtIn.vocabulary
        if let meant = error.details["suggestion"] { return didYouMean(vocabulary.suggested(meant, language), language == .nb) }
        let names = vocabulary.substanceChoices(language)
        return language == .nb ? " Skriv ett av disse: \(names)." : " Write one of these: \(names)."
    }

    private static func suggestion(_ error: InputError, _ nb: Bool) -> String {
        guard let meant = error.details["suggestion"] else { return "" }
        guard let place = error.details["belongsIn"] else { return didYouMean(meant, nb) }
        // A key written at the wrong level: where it belongs, and how to write it there.
        let member = "\"\(meant)\": \(error.details["value"] ?? "…")"
        let written = meant == error.details["key"] ? "" : didYouMean(meant, nb)
        if place.isEmpty {
            let here = error.pointer.tokens.first ?? ""
            return written
                + (nb
                    ? " Det hører hjemme i selve saken, utenfor «\(here)»: skriv \(member)."
                    : " It belongs in the case itself, outside \"\(here)\": write \(member).")
        }
        if error.details["placeIsList"] == "true" {
            return written
                + (nb
                    ? " Det hører hjemme i hvert stoff under «\(place)»: skriv \"\(place)\": [{…, \(member)}]."
                    : " It belongs in each entry of \"\(place)\": write \"\(place)\": [{…, \(member)}].")
        }
        return written
            + (nb
                ? " Det hører hjemme under «\(place)»: skriv \"\(place)\": {\(member)}."
                : " It belongs under \"\(place)\": write \"\(place)\": {\(member)}.")
    }

    private static func didYouMean(_ word: String, _ nb: Bool) -> String {
        nb ? " Mente du «\(word)»?" : " Did you mean \"\(word)\"?"
    }

    /// The value as it should be written, where the decoder could see what was meant
    /// (``StrictReader/rewritten(_:as:)``): `"amount": 4.5, "unit": "g"`.
    private static func fix(_ error: InputError) -> String? {
        guard let written = error.details["written"], let key = error.pointer.tokens.last else { return nil }
        return "\"\(key)\": \(written)" + (error.details["unitWritten"].map { ", \"unit\": \"\($0)\"" } ?? "")
    }

    /// How to write a value of the wrong kind, with the value itself rewritten, where it could be.
    private static func writtenAs(_ error: InputError, _ nb: Bool) -> String? {
        guard let fix = fix(error) else { return nil }
        switch error.details["expected"] {
        case "number", "whole-number":
            if error.details["unitWritten"] != nil {
                return nb
                    ? "skriv tallet uten anførselstegn og enheten i et eget felt: \(fix)"
                    : "write the number without quotes and the unit in a field of its own: \(fix)"
            }
            return nb ? "skriv tallet uten anførselstegn: \(fix)" : "write the number without quotes: \(fix)"
        case "boolean": return nb ? "skriv true (ja) eller false (nei) uten anførselstegn: \(fix)" : "write true or false without quotes: \(fix)"
        case "array": return nb ? "skriv en liste i hakeparenteser: \(fix)" : "write a list in square brackets: \(fix)"
        default: return nil
        }
    }

    /// The keys that may stand where an unknown one was written, when no key is a likely meaning.
    private static func allowedKeys(_ error: InputError, _ nb: Bool) -> String {
        guard let allowed = error.details["allowed"] else { return "" }
        return nb ? " Feltene som kan stå her, er: \(allowed)." : " The fields allowed here are: \(allowed)."
    }

    /// A slip the parser recognised, and its fix.
    static func slip(_ kind: String?, _ nb: Bool) -> String? {
        switch kind {
        case "trailing-comma":
            nb ? "fjern kommaet før }: det skal ikke stå komma etter det siste feltet" : "remove the comma before }: no comma may follow the last member"
        case "trailing-comma-array":
            nb ? "fjern kommaet før ]: det skal ikke stå komma etter det siste elementet" : "remove the comma before ]: no comma may follow the last element"
        case "decimal-comma":
            nb ? "et desimaltall skrives med punktum, ikke komma: 4.5, ikke 4,5" : "a decimal number is written with a point, not a comma: 4.5, not 4,5"
        case "missing-comma": nb ? "det mangler et komma foran dette" : "a comma is missing before this"
        case "typographic-quotes":
            nb
                ? "teksten har typografiske anførselstegn (“ ” eller ‘ ’), slik et tekstbehandlingsprogram skriver dem; JSON krever rette anførselstegn (\"). Bytt dem ut, eller lagre saken fra en ren tekstredigerer"
                : "the text has typographic quotes (“ ” or ‘ ’), as a word processor writes them; JSON needs straight double quotes (\"). Replace them, or save the case from a plain text editor"
        case "unquoted-key":
            nb ? "sett feltnavnet i anførselstegn, for eksempel \"offenceDate\"" : "put the field name in double quotes, for example \"offenceDate\""
        case "unquoted-text":
            nb ? "sett teksten i anførselstegn; true, false og null skrives med små bokstaver" : "put text in double quotes; true, false and null are lowercase"
        case "single-quotes": nb ? "JSON bruker doble anførselstegn (\"), ikke enkle (')" : "JSON uses double quotes (\"), not single ones (')"
        case "unquoted-date":
            nb
                ? "en dato skrives som tekst i anførselstegn på formen ÅÅÅÅ-MM-DD, for eksempel \"2023-03-14\""
                : "a date is text in double quotes written YYYY-MM-DD, for example \"2023-03-14\""
        case "double-comma": nb ? "to komma etter hverandre, eller komma der en verdi skulle stå" : "two commas in a row, or a comma where a value belongs"
        case "bom": nb ? "et byte order mark (U+FEFF) kan bare stå aller først i filen" : "a byte order mark (U+FEFF) may stand only at the very start"
        case "two-documents":
            nb
                ? "én sak per dokument; flere saker skrives som en liste [ … ] eller én sak per linje (NDJSON)"
                : "one case per document; several cases go in a list [ … ] or one per line (NDJSON)"
        case "unclosed": nb ? "teksten slutter før alle { og [ er lukket" : "the text ends before every { and [ is closed"
        case "empty-slot-first": nb ? "komma rett etter [; det mangler en sak" : "a comma right after [; a case is missing"
        case "empty-slot": nb ? "to komma etter hverandre; det mangler en sak mellom dem" : "two commas in a row; a case is missing between them"
        case "array-unclosed": nb ? "listen slutter uten ]; er filen ufullstendig?" : "the list ends without ]; is the file complete?"
        case "after-array":
            nb ? "tekst etter listens avsluttende ]; alle saker skal stå inne i listen" : "text after the list's closing ]; every case goes inside the list"
        case "stray-brace": nb ? "en } uten tilhørende { i listen" : "a } without its { in the list"
        case "comment":
            nb ? "kommentarer (//) er ikke JSON; slett linjene som begynner med //" : "comments (//) are not JSON; delete the lines starting with //"
        case "empty": nb ? "inndataene er tomme; det mangler en sak" : "the input is empty; a case is missing"
        default: nil
        }
    }

    typealias Template = (nb: @Sendable (InputError) -> String, en: @Sendable (InputError) -> String)

    /// The texts of every error code a case can get.
    /// The text of every error a case can get; nil for rule-data errors, which keep their message.
    /// A switch over every code: a new code does not compile until it has its text here.
    static func template(_ code: ErrorCode) -> Template? {
        switch code {
        case .invalidJSON:
            (
                {
                    slip($0.details["slip"], true).map { "Teksten er ikke gyldig JSON: " + $0 + "." }
                        ?? ($0.details["found"] == "end"
                            ? "Teksten slutter før saken er skrevet ferdig; er den kuttet av?"
                            : "Teksten er ikke gyldig JSON her" + found($0, true) + ".")
                },
                {
                    slip($0.details["slip"], false).map { "The text is not valid JSON: " + $0 + "." }
                        ?? ($0.details["found"] == "end"
                            ? "The text ends before the case is complete; was it cut off?"
                            : "The text is not valid JSON here" + found($0, false) + ".")
                }

            )
        case .invalidUTF8:
            (
                {
                    $0.details["encoding"].map {
                        "Filen er lagret som \($0) (i Notisblokk kalt «Unicode»), ikke UTF-8. Lagre den som UTF-8 (Notisblokk: Lagre som, Koding: UTF-8)."
                    }
                        ?? "Teksten inneholder tegn som ikke er gyldig UTF-8. Lagre filen som UTF-8."
                },
                {
                    $0.details["encoding"].map {
                        "The file is saved as \($0) (Windows Notepad calls it «Unicode»), not UTF-8. Save it as UTF-8 (Notepad: Save as, Encoding UTF-8)."
                    }
                        ?? "The text contains characters that are not valid UTF-8. Save the file as UTF-8."
                }

            )
        case .duplicateKey:
            (
                { "Feltet «\($0.details["key"] ?? "")» står to ganger. Behold bare ett." },
                { "The field \"\($0.details["key"] ?? "")\" appears twice. Keep only one." }

            )
        case .tooDeep:
            (
                { _ in "For mange nivåer av { } og [ ] inne i hverandre (høyst \(JSONParser.maximumDepth))." },
                { _ in "Too many levels of { } and [ ] inside each other (at most \(JSONParser.maximumDepth))." }

            )
        case .tooLarge:
            (
                { _ in "Saken er større enn \(CaseStream.maximumCaseBytes / 1024) KiB, grensen for én sak, og er ikke lest." },
                { _ in "The case is larger than \(CaseStream.maximumCaseBytes / 1024) KiB, the limit for one case, and was not read." }

            )
        case .tooMany:
            (
                {
                    $0.details["what"] == "keys"
                        ? "Mer enn \(JSONParser.maximumKeys) felt i ett objekt."
                        : "\($0.details["count"] ?? "For mange") stoffer; høyst \(CaseDecoder.maximumSubstances) per sak."
                },
                {
                    $0.details["what"] == "keys"
                        ? "More than \(JSONParser.maximumKeys) fields in one object."
                        : "\($0.details["count"] ?? "Too many") substances; at most \(CaseDecoder.maximumSubstances) per case."
                }

            )
        case .moreErrors:
            (
                { "Og \($0.details["count"] ?? "flere") feil til som ikke er listet; rett disse først." },
                { "And \($0.details["count"] ?? "more") errors not listed; correct these first." }

            )
        case .wrongType:
            (
                {
                    Wording.capitalized(writtenAs($0, true) ?? howToWrite($0.details["expected"], true, example: example(of: $0)))
                        + found($0, true) + "."
                },
                {
                    Wording.capitalized(writtenAs($0, false) ?? howToWrite($0.details["expected"], false, example: example(of: $0)))
                        + found($0, false) + "."
                }
            )
        case .unknownKey:
            (
                {
                    "Feltet «\(JSONParser.shortened($0.details["key"] ?? ""))» finnes ikke \($0.pointer.tokens.count == 1 ? "i en sak" : "her")."
                        + (suggestion($0, true).isEmpty ? allowedKeys($0, true) : suggestion($0, true))
                },
                {
                    "There is no field \"\(JSONParser.shortened($0.details["key"] ?? ""))\" \($0.pointer.tokens.count == 1 ? "in a case" : "here")."
                        + (suggestion($0, false).isEmpty ? allowedKeys($0, false) : suggestion($0, false))
                }

            )
        case .missingField:
            (
                {
                    $0.details["alternative"].map { "Oppgi \(fieldNames[$0]?.nb ?? $0) eller alder på gjerningstidspunktet." }
                        ?? ($0.details["unless"] == "use-only" ? "Må oppgis, med mindre handlingen bare er bruk." : "Må oppgis.")
                },
                {
                    $0.details["alternative"].map { "Give the \(fieldNames[$0]?.en ?? $0) or the age at the offence." }
                        ?? ($0.details["unless"] == "use-only" ? "Required unless the only act is use." : "Required.")
                }

            )
        case .invalidDate:
            (
                {
                    let value = $0.details["value"] ?? ""
                    if let fault = LegalDate.calendarFault(value, .nb) { return "«\(value)» er ikke en dato som finnes: \(fault)." }
                    return "«\(JSONParser.shortened(value))» er ikke en dato på formen ÅÅÅÅ-MM-DD"
                        + ($0.details["iso"].map { "; skriv «\($0)»" } ?? ", for eksempel 2023-03-14") + "."
                },
                {
                    let value = $0.details["value"] ?? ""
                    if let fault = LegalDate.calendarFault(value, .en) { return "\"\(value)\" is not a date that exists: \(fault)." }
                    return "\"\(JSONParser.shortened(value))\" is not a date written YYYY-MM-DD"
                        + ($0.details["iso"].map { "; write \"\($0)\"" } ?? ", for example 2023-03-14") + "."
                }

            )
        case .dateOrder:
            (
                {
                    "Datoen \($0.details["value"] ?? "") kan ikke være \($0.details["relation"] == "after" ? "etter" : "før") "
                        + "\(fieldNames[$0.details["otherField"] ?? ""]?.nb ?? "den andre datoen") \($0.details["otherDate"] ?? "")."
                },
                {
                    "The date \($0.details["value"] ?? "") cannot be \($0.details["relation"] == "after" ? "after" : "before") the "
                        + "\(fieldNames[$0.details["otherField"] ?? ""]?.en ?? "other date") \($0.details["otherDate"] ?? "")."
                }

            )
        case .outOfRange:
            (
                { error in
                    switch error.details["reason"] {
                    case "not-positive": "Må være større enn null."
                    case "beyond": "\(error.details["value"] ?? "Tallet") er utenfor tallene som sammenlignes nøyaktig (fra 1e-1000 til under 1e1000)."
                    default:
                        "\(error.details["value"] ?? "Verdien") er utenfor det tillatte: fra \(error.details["min"] ?? "") til \(error.details["max"] ?? "")."
                    }
                },
                { error in
                    switch error.details["reason"] {
                    case "not-positive": "Must be greater than zero."
                    case "beyond": "\(error.details["value"] ?? "The number") is beyond the numbers compared exactly (from 1e-1000 to below 1e1000)."
                    default: "\(error.details["value"] ?? "The value") is out of range: from \(error.details["min"] ?? "") to \(error.details["max"] ?? "")."
                    }
                }

            )
        case .invalidValue:
            (
                { "Skriv true (ja), false (nei) eller \"doubtful\" (tvil)" + (fix($0).map { ": \($0)" } ?? "") + "." },
                { "Write true, false or \"doubtful\"" + (fix($0).map { ": \($0)" } ?? "") + "." }
            )
        case .ageMismatch:
            (
                {
                    "Alderen \($0.details["given"] ?? "") stemmer ikke med fødselsdatoen, som gir \($0.details["computed"] ?? "") år. Oppgi bare én av dem, eller rett den som er feil."
                },
                {
                    "The age \($0.details["given"] ?? "") does not match the date of birth, which gives \($0.details["computed"] ?? ""). Give only one, or correct the wrong one."
                }

            )
        case .emptyArray:
            (
                { _ in "Listen er tom; oppgi minst én." },
                { _ in "The list is empty; give at least one." }

            )
        case .unknownAct:
            (
                {
                    "«\(JSONParser.shortened($0.details["value"] ?? ""))» er ikke en handling; gyldige er bruk, besittelse, erverv og oppbevaring."
                        + suggestion($0, true)
                },
                {
                    "\"\(JSONParser.shortened($0.details["value"] ?? ""))\" is not an act; the acts are use, possession, acquisition and storage."
                        + suggestion($0, false)
                }

            )
        case .duplicateValue:
            (
                { "Handlingen «\($0.details["value"] ?? "")» står to ganger. Behold bare én." },
                { "The act \"\($0.details["value"] ?? "")\" is listed twice. Keep only one." }

            )
        case .unknownSubstance:
            (
                { "«\(JSONParser.shortened($0.details["value"] ?? ""))» er ikke et stoff dette verktøyet kjenner." + substanceHint($0, .nb) },
                { "\"\(JSONParser.shortened($0.details["value"] ?? ""))\" is not a substance this tool knows." + substanceHint($0, .en) }

            )
        case .unknownUnit:
            (
                {
                    "«\(JSONParser.shortened($0.details["value"] ?? ""))» er ikke en enhet; skriv \(choices($0.details["units"], true))." + suggestion($0, true)
                        + counting($0, .nb)
                },
                {
                    "\"\(JSONParser.shortened($0.details["value"] ?? ""))\" is not a unit; write \(choices($0.details["units"], false))."
                        + suggestion($0, false)
                        + counting($0, .en)
                }

            )
        case .unitMismatch:
            (
                { "\($0.details["substance"] ?? "Stoffet") måles ikke i \($0.details["value"] ?? ""); skriv \(choices($0.details["units"], true))." },
                {
                    "\($0.details["substance"] ?? "The substance") is not measured in \($0.details["value"] ?? ""); write \(choices($0.details["units"], false))."
                }

            )
        case .noRuleSet:
            (
                { "Avgjørelsesdatoen er før den første praksisen dette verktøyet kjenner (fra \(readerDate($0.details["earliest"], .nb)))." },
                { "The decision date is before the earliest practice this tool knows (from \(readerDate($0.details["earliest"], .en)))." }

            )
        case .unknownRuleSet:
            (
                { "Regelsettet «\($0.details["value"] ?? "")» finnes ikke. Se «rusctl rules»." },
                { "There is no rule set \"\($0.details["value"] ?? "")\". See 'rusctl rules'." }

            )
        case .noRuleDecides:
            (
                { _ in "Ingen regel i regelsettet avgjør denne saken; regellisten er ufullstendig (se «rusctl check»)." },
                { _ in "No rule of the rule set decides this case; its rule list is incomplete (see 'rusctl check')." }

            )
        case .duplicateID, .incomplete, .invalidID, .outOfOrder, .unknownCitation, .unknownID:
            nil
        }
    }
}
