import Foundation

/// Results written by index from concurrent workers.
final class ClaimedSlots<Value: Sendable>: @unchecked Sendable {
    private var values: [Value]
    private let lock = NSLock()

    private var next = 0

    init(count: Int, empty: Value) { values = Array(repeating: empty, count: count) }

    /// Fills every slot with `make(index)` on `workers` threads, each taking
    /// the next index when it is free: the items differ a hundredfold in cost.
    func fill(workers: Int, _ make: @Sendable (Int) -> Value) {
        DispatchQueue.concurrentPerform(iterations: max(1, min(workers, values.count))) { _ in
            while let index = claim() { set(index, make(index)) }
        }
    }

    private func claim() -> Int? {
        lock.lock()
        defer { lock.unlock() }
        guard next < values.count else { return nil }
        next += 1
        return next - 1
    }

    func set(_ index: Int, _ value: Value) {
        lock.lock()
        values[index] = value
        lock.unlock()
    }

    func value(_ index: Int) -> Value {
        lock.lock()
        defer { lock.unlock() }
        return values[index]
    }

    func all() -> [Value] {
        lock.lock()
        defer { lock.unlock() }
        return values
    }
}
