import Foundation
import TolkModel
import TolkRules

/// `address-complete`: the customer's address has every component a
/// `completeAddress` verification rule lists (the `addressComponents`
/// vocabulary ids are the record's address members), and a listed country
/// is an ISO 3166-1 alpha-2 region Foundation knows.
struct AddressCompleteCheck: OnboardingCheck {
    let id = "address-complete"
    static let field = "customer.address"

    /// ISO 3166-1 alpha-2 codes, from the ICU data in Foundation.
    private static let regions: Set<String> = Set(Locale.Region.isoRegions.map(\.identifier).filter {
        $0.count == 2 && $0.allSatisfy(\.isLetter)
    })

    func run(_ context: CheckContext) -> [CheckFinding]? {
        let rules = context.rules.verifications(.completeAddress, at: context.date)
        guard !rules.isEmpty else { return nil }
        var out: [CheckFinding] = []
        let address = context.record.customer?.address
        for (rule, verification) in rules {
            guard let address else {
                out.append(CheckFinding(rule: rule, field: Self.field, detail: "no address given"))
                continue
            }
            for component in verification.components {
                let path = Self.field + "." + component
                switch component {
                case "lines":
                    if (address.lines ?? []).allSatisfy(\.isBlank) {
                        out.append(CheckFinding(rule: rule, field: path, detail: "no address lines"))
                    }
                case "country":
                    guard let country = address.country, !country.isBlank else {
                        out.append(CheckFinding(rule: rule, field: path, detail: "no country"))
                        continue
                    }
                    if !Self.regions.contains(country) {
                        out.append(CheckFinding(rule: rule, field: path,
                                                detail: "\"\(country)\" is not an ISO 3166-1 alpha-2 country code"))
                    }
                default:
                    guard let value = Self.value(of: component, in: address) else { continue }
                    if value.isBlank { out.append(CheckFinding(rule: rule, field: path, detail: "no \(component)")) }
                }
            }
        }
        return out
    }

    /// A text member of the address; nil for a component the record type
    /// does not have (that part of the rule cannot be judged).
    static func value(of component: String, in address: OnboardingRecord.Address) -> String?? {
        switch component {
        case "city": .some(address.city)
        case "region": .some(address.region)
        case "postalCode": .some(address.postalCode)
        default: nil
        }
    }
}
