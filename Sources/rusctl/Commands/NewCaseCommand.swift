import Foundation
import RusRules

/// `rusctl ny` (`new`): a case entered by answering questions, decided, and saved if wanted.
///
/// Plain line input and output, no terminal control codes: it works the same in a terminal and
/// with answers piped in (then each answer is echoed, so that the transcript reads as a dialogue).
enum NewCaseCommand {
    static let spec = CommandSpec(
        name: "ny",
        summary: .init(
            nb: "Legg inn en sak ved å svare på spørsmål, uten å skrive JSON; se svaret og lagre saken.",
            en: "Enter a case by answering questions, without writing JSON; see the answer and save the case."),
        operands: "",
        arguments: [],
        options: [
            LanguageOption.spec(
                .init(
                    nb: "Språket i spørsmålene og svaret: norsk bokmål eller engelsk.",
                    en: "Language of the questions and the answer: Norwegian bokmål or English.")),
            .init(
                // --output as every other command that writes a file names it.
                .lagre, value: "file", aliases: ["save", "output"],
                help: .init(
                    nb: "Lagre saken som JSON i denne filen uten å spørre (til rusctl evaluate senere).",
                    en: "Save the case as JSON in this file without asking (for rusctl evaluate later).")),
            .init(
                .rules, value: "id",
                help: .init(
                    nb: "Regelsettet som skal brukes i stedet for det som gjaldt på avgjørelsesdatoen (se 'rusctl rules').",
                    en: "Rule set to use instead of the one in force on the decision date (see 'rusctl rules').")),
            .init(
                .today, value: "date",
                help: .init(
                    nb: "Dagens dato (ÅÅÅÅ-MM-DD), for en tom avgjørelsesdato. Standard: dagens dato i Norge.",
                    en: "Today's date (YYYY-MM-DD), for an empty decision date. Default: today in Norway.")),
            InForceOption.spec,
            .init(.kort, aliases: ["short"], help: .init(nb: "Skriv bare sammendraget av svaret.", en: "Print the answer's summary alone.")),
        ],
        examples: [
            .init(nb: "Legg inn en sak på norsk", en: "Enter a case in Norwegian", "rusctl ny"),
            .init(nb: "På engelsk, og lagre saken til senere", en: "In English, saving the case for later", "rusctl new --lang en --save new-case.json"),
            .init(
                nb: "Med svarene fra en fil, ett per linje", en: "With the answers from a file, one per line",
                "printf 'sak-1\\n14.03.2023\\n\\n30\\n\\n\\n\\nbruk, besittelse\\n\\nhasj\\n4,5 g\\n\\n\\n' | rusctl ny --lagre sak.json"),
        ],
        maxArguments: 0,
        aliases: ["new"])

    static func run(_ arguments: ParsedArguments, book: RuleBook, _ terminal: inout Terminal) throws(UsageError) -> ExitStatus {
        let language = LanguageOption.parse(arguments)
        let today = try TodayOption.parse(arguments, command: spec.name)
        let ruleSet = arguments.value(.rules)
        if let ruleSet { try RuleFileOption.requireRuleSet(ruleSet, in: book, command: spec.name) }
        let engine = Engine(book: book, detail: .answer, inForce: try InForceOption.parse(arguments, book: book, command: spec.name))
        let piped = isatty(STDIN_FILENO) == 0
        let nb = language == .nb
        func say(_ norwegian: String, _ english: String) -> String { nb ? norwegian : english }
        // --lagre is checked before the questions: an answer never ends in a file it cannot write.
        if let given = arguments.value(.lagre), let problem = saveProblem(given, say: say) {
            throw UsageError(nb: problem, en: problem, command: spec.name)
        }

        terminal.out(
            say(
                "Ny sak. Svar på ett spørsmål om gangen og trykk Enter.\n«tilbake» går til forrige spørsmål, «avbryt» avslutter.\n\n",
                "New case. Answer one question at a time and press Enter.\n\"back\" goes to the previous question, \"cancel\" stops.\n\n"))
        var interview = CaseInterview(vocabulary: book.vocabulary, language: language, today: today)
        // The line typed last: ↑ brings it back, to correct an answer that was not accepted.
        var lastLine: String?
        while let question = interview.question {
            terminal.out(TextWrap.block("\(interview.answered + 1). \(question.text) (\(question.hint))", width: Terminal.width) + "\n> ")
            terminal.flush()
            guard let line = LineEditor.read(prompt: "> ", previous: lastLine) else {
                terminal.out("\n")
                terminal.err(
                    say(
                        "rusctl: inndataene sluttet før saken var fylt ut; ingen sak er vurdert\n",
                        "rusctl: the input ended before the case was complete; no case was assessed\n"))
                return .invalidInput
            }
            if piped { terminal.out(line + "\n") }
            lastLine = line
            if CaseInterview.stopWords.contains(line.trimmingCharacters(in: .whitespaces).lowercased()) {
                terminal.out(say("Avbrutt; ingen sak er vurdert.\n", "Cancelled; no case was assessed.\n"))
                return .invalidInput
            }
            switch interview.answer(line) {
            case .accepted, .back: break
            case .rejected(let problem): terminal.out("   ! \(problem)\n")
            }
        }
        guard let caseJSON = interview.caseJSON else { return .internalError }
        terminal.out("\n")
        let text = DecisionText(book: book, language: language)
        let status: ExitStatus
        switch engine.evaluate(json: caseJSON, ruleSet: ruleSet, today: today) {
        case .success(let decision):
            terminal.out(text.render(decision, DecisionText.Detail(short: arguments.flag(.kort), width: Terminal.width)))
            // As every answer for the case file: when, with which tool and which rule data.
            terminal.out("\n" + AssessmentStamp.line(language) + "\n")
            status = .success
        case .failure(let errors):
            terminal.out(text.render(errors, width: Terminal.width))
            status = .invalidInput
        }
        return save(caseJSON, to: arguments.value(.lagre), piped: piped, say: say, &terminal) ?? status
    }

    /// Saves the case where `--lagre` says, or where the user answers — asking again while the
    /// name given cannot be used (an existing file is never overwritten, a missing folder is
    /// named), so the interview is never lost; nil when saved or not wanted, else the exit
    /// status of a file that cannot be written.
    private static func save(
        _ caseJSON: JSONValue, to given: String?, piped: Bool, say: (String, String) -> String,
        _ terminal: inout Terminal
    ) -> ExitStatus? {
        let contents = Data((JSONWriter.pretty(caseJSON) + "\n").utf8)
        if let given {
            guard FileManager.default.createFile(atPath: given, contents: contents) else {
                terminal.err("rusctl: " + (saveProblem(given, say: say) ?? say("kan ikke skrive '\(given)'", "cannot write '\(given)'")) + "\n")
                return .unreadableInput
            }
            terminal.out(saved(given, say))
            return nil
        }
        var prompt = say(
            "Lagre saken som JSON? Skriv et filnavn, eller trykk Enter for å la være.",
            "Save the case as JSON? Type a file name, or press Enter not to.")
        while true {
            terminal.out("\n" + prompt + "\n> ")
            terminal.flush()
            // The end of the input is an answer too: not to save.
            guard let line = LineEditor.read(prompt: "> ") else {
                terminal.out("\n")
                return nil
            }
            let answer = line.trimmingCharacters(in: .whitespaces)
            if piped { terminal.out(answer + "\n") }
            guard !answer.isEmpty else { return nil }
            if let problem = saveProblem(answer, say: say) {
                prompt =
                    "! " + problem + " "
                    + say(
                        "Skriv et annet filnavn, eller trykk Enter for å la være.",
                        "Type another file name, or press Enter not to.")
                continue
            }
            if FileManager.default.createFile(atPath: answer, contents: contents) {
                terminal.out(saved(answer, say))
                return nil
            }
            prompt =
                "! "
                + say(
                    "Kan ikke skrive '\(answer)'. Skriv et annet filnavn, eller trykk Enter for å la være.",
                    "Cannot write '\(answer)'. Type another file name, or press Enter not to.")
        }
    }

    private static func saved(_ path: String, _ say: (String, String) -> String) -> String {
        say(
            "Saken er lagret i \(path). Vurder den igjen med: rusctl evaluate \(path)\n",
            "The case is saved in \(path). Assess it again with: rusctl evaluate \(path)\n")
    }

    /// Why a case cannot be saved at `path` (it exists, its folder does not, it is a folder);
    /// nil when it can be tried.
    static func saveProblem(_ path: String, say: (String, String) -> String) -> String? {
        var isDirectory: ObjCBool = false
        if FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) {
            return isDirectory.boolValue
                ? say("'\(path)' er en mappe, ikke et filnavn.", "'\(path)' is a folder, not a file name.")
                : say("'\(path)' finnes fra før og overskrives ikke.", "'\(path)' exists and is not overwritten.")
        }
        let folder = (path as NSString).deletingLastPathComponent
        if !folder.isEmpty, !FileManager.default.fileExists(atPath: folder, isDirectory: &isDirectory) || !isDirectory.boolValue {
            return say("Mappen '\(folder)' finnes ikke.", "The folder '\(folder)' does not exist.")
        }
        return nil
    }
}
