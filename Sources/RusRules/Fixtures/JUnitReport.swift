/// Fixture results as JUnit XML, the format CI systems read.
package enum JUnitReport {
    package struct Result: Sendable {
        /// The fixture's path below the fixture directory; its folder becomes the class name.
        package let name: String
        package let note: String
        package let failures: [String]

        package init(name: String, note: String, failures: [String]) {
            self.name = name
            self.note = note
            self.failures = failures
        }
    }

    package static func render(suite: String, results: [Result]) -> String {
        let failed = results.filter { !$0.failures.isEmpty }.count
        var lines = [
            #"<?xml version="1.0" encoding="UTF-8"?>"#,
            #"<testsuites name="\#(escape(suite))" tests="\#(results.count)" failures="\#(failed)">"#,
            #"  <testsuite name="\#(escape(suite))" tests="\#(results.count)" failures="\#(failed)" errors="0" skipped="0">"#,
        ]
        for result in results {
            let parts = result.name.split(separator: "/")
            let className = parts.count > 1 ? parts.dropLast().joined(separator: ".") : "fixtures"
            let open = #"    <testcase classname="\#(escape(className))" name="\#(escape(result.name))""#
            if result.failures.isEmpty {
                lines.append(open + "/>")
            } else {
                lines.append(open + ">")
                lines.append(
                    #"      <failure message="\#(escape(result.failures[0]))">\#(escape(([result.note] + result.failures).joined(separator: "\n")))</failure>"#)
                lines.append("    </testcase>")
            }
        }
        lines += ["  </testsuite>", "</testsuites>"]
        return lines.joined(separator: "\n") + "\n"
    }

    static func escape(_ text: String) -> String { HTMLText.escape(text) }
}
