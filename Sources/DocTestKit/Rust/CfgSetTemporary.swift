// Temporary until the front-end lands (deleted at the merge).
extension CfgSet {
    public static var rustdocDefault: CfgSet { CfgSet() }
    public static func parseSpec(_ spec: String) -> (name: String, value: String?)? { (spec, nil) }
    public mutating func insert(_ cfg: (name: String, value: String?)) {}
}
