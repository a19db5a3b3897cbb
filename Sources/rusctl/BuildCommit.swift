/// The commit this binary was built from. A development build does not record it; the release
/// build (`Tools/build-release`) writes the commit here while it builds and restores this file.
enum BuildCommit {
    static let id: String? = nil
}
