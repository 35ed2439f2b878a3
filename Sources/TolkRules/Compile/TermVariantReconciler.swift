import TolkModel

/// A roles or audience list with labels nobody could resolve (a machine
/// translation's "globale | Beheeragent") says nothing new about who may act;
/// as a variant of its own it would end the list in force before it. Such
/// candidates join the resolved variant that contains their known ids —
/// the newest one stated on or before their version, else the oldest — and
/// their labels stay in its `unresolved` list (each is also a finding).
enum TermVariantReconciler {
    static func reconcile(_ variants: inout [String: [RuleCandidate]],
                          versionOf: (RuleCandidate) -> CalendarDate?) {
        let uncertain = variants.filter { $0.value.allSatisfy(hasUnresolved) }
        let certain = variants.filter { !$0.value.allSatisfy(hasUnresolved) }
        guard !uncertain.isEmpty, !certain.isEmpty else { return }
        for (variant, candidates) in uncertain {
            let known = Set(variant.split(separator: ",").map(String.init))
            let hosts = certain.keys.filter { known.isSubset(of: Set($0.split(separator: ",").map(String.init))) }
            guard !hosts.isEmpty else { continue }
            let dated = hosts.map { host in (host, certain[host]!.compactMap(versionOf).min()) }
            let when = candidates.compactMap(versionOf).min()
            let earlier = dated.filter { d in when != nil && d.1 != nil && d.1! <= when! }
            let chosen = (earlier.max { ($0.1!, $0.0) < ($1.1!, $1.0) }
                          ?? dated.min { ($0.1?.description ?? "", $0.0) < ($1.1?.description ?? "", $1.0) })!.0
            variants[chosen, default: []] += candidates
            variants[variant] = nil
        }
    }

    private static func hasUnresolved(_ candidate: RuleCandidate) -> Bool {
        switch candidate.payload {
        case .roles(let list), .audience(let list): !list.unresolved.isEmpty
        default: false
        }
    }
}
