/// How a configuration file extends the one below it (`defaults: extend`):
/// vocabularies grow, patterns are replaced by id, nothing is removed.
extension RulesConfiguration {
    /// This configuration with `file`'s declarations laid over it.
    func extended(by file: ConfigurationFile) -> RulesConfiguration {
        let added = file.content
        var out = self
        if let sourceLocale = file.sourceLocale { out.sourceLocale = sourceLocale }
        out.agreements = Self.merge(agreements, added.agreements)
        out.roles = Self.merge(roles, added.roles)
        out.audiences = Self.merge(audiences, added.audiences)
        out.fields = Self.merge(fields, added.fields)
        out.addressComponents = Self.merge(addressComponents, added.addressComponents)
        out.testNames = Self.merge(testNames, added.testNames)
        out.rolesHeadings = rolesHeadings.adding(added.rolesHeadings)
        out.audienceHeadings = audienceHeadings.adding(added.audienceHeadings)
        out.optionalMarkers = optionalMarkers.adding(added.optionalMarkers)
        out.requiredMarkers = requiredMarkers.adding(added.requiredMarkers)
        out.conjunctions = conjunctions.adding(added.conjunctions)
        out.patterns = Self.merge(patterns, added.patterns)
        return out
    }

    /// Terms with a known id gain names; new ids are appended in file order.
    static func merge(_ base: [Term], _ added: [Term]) -> [Term] {
        var out = base
        for term in added {
            if let index = out.firstIndex(where: { $0.id == term.id }) {
                out[index] = out[index].adding(term)
            } else {
                out.append(term)
            }
        }
        return out
    }

    /// A pattern with a known id replaces that one in place; new ids are appended.
    static func merge(_ base: [SentencePattern], _ added: [SentencePattern]) -> [SentencePattern] {
        var out = base
        for pattern in added {
            if let index = out.firstIndex(where: { $0.id == pattern.id }) {
                out[index] = pattern
            } else {
                out.append(pattern)
            }
        }
        return out
    }
}

extension RulesConfiguration.Term {
    /// This term with `other`'s names appended per tag, names it already has
    /// dropped; the location stays where the term was first declared.
    func adding(_ other: RulesConfiguration.Term) -> RulesConfiguration.Term {
        var out = self
        for (tag, names) in other.names {
            var merged = out.names[tag] ?? []
            for name in names where !merged.contains(name) { merged.append(name) }
            out.names[tag] = merged
        }
        if out.location == nil { out.location = other.location }
        return out
    }
}
