// libFuzzer target for the request parser of `rusctl serve` (Sources/HTTPServer): Fuzz/run http.
// Built with the HTTPServer sources alone. Properties: never traps; a request consumes at least
// one byte and no more than it was given; a body stays within the limit; parsing what remains
// after a request again gives the same answer as parsing it on its own (pipelining).
import Foundation

@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzerInput(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
    let bytes = Array(UnsafeBufferPointer(start: data, count: size))
    var rest = bytes[...]
    var rounds = 0
    while rounds < 64 {
        rounds += 1
        switch RequestParser.parse(rest) {
        case .request(let request, let consumed):
            precondition(consumed > 0 && consumed <= rest.count, "consumed \(consumed) of \(rest.count)")
            precondition(request.body.count <= RequestParser.maximumBodyBytes)
            // By its bytes: "/" then a combining mark ("/%CC%A5") is one Character that is not "/".
            precondition(request.path.utf8.first == UInt8(ascii: "/"))
            let next = rest.dropFirst(consumed)
            precondition(RequestParser.parse(next) == RequestParser.parse(Array(next)[...]), "pipelined parse differs")
            rest = next
        case .needMore, .failure:
            return 0
        }
    }
    return 0
}
