/// Views of one file that several checks derive alike (the markup of every
/// pair, the prose of pairs with numbers), made by the first check that
/// asks and kept for the others: three checks compare a pair's markup, and
/// each building it anew cost as much as the comparing.
///
/// A file is checked on one thread; the lock keeps the type honest should a
/// caller share it anyway. It is not held while a value is made, so making
/// one view may ask for another.
final class FileMemo: Sendable {
    private let values = LockedValue<[ObjectIdentifier: any Sendable]>([:])

    /// The view of type `Value`, made by `make` on first use.
    func value<Value: Sendable>(_ type: Value.Type, make: () -> Value) -> Value {
        let key = ObjectIdentifier(type)
        if let value = values.withLock({ $0[key] }) as? Value { return value }
        let value = make()
        return values.withLock { values in
            if let earlier = values[key] as? Value { return earlier }
            values[key] = value
            return value
        }
    }
}
