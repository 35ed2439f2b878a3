import Foundation

/// `map` on several threads, results in input order: the loader's parsing,
/// the plan's file heads, the checks across locales, the guides of a site
/// and the batches of records all share out their work this way. Each
/// thread takes the next index when it is free, since items differ in cost
/// a hundredfold (a table-heavy page against a stub). With one job the work
/// runs on the caller's thread.
public enum ParallelMap {
    /// `transform(index)` for every index of `0..<count`, on at most `jobs` threads.
    public static func map<Result: Sendable>(count: Int, jobs: Int,
                                             _ transform: @Sendable (Int) -> Result) -> [Result] {
        let workers = min(jobs, count)
        guard workers > 1 else { return (0..<count).map(transform) }
        let slots = Slots<Result>(count: count)
        DispatchQueue.concurrentPerform(iterations: workers) { _ in
            while let index = slots.claim() { slots.set(index, transform(index)) }
        }
        return slots.values()
    }

    /// `transform(item)` for every item of `items`, on at most `jobs` threads.
    public static func map<Item: Sendable, Result: Sendable>(_ items: [Item], jobs: Int,
                                                             _ transform: @Sendable (Item) -> Result) -> [Result] {
        map(count: items.count, jobs: jobs) { transform(items[$0]) }
    }

    /// One slot per index: claimed in turn, each written by the one thread
    /// that claimed it, all read after the threads have finished.
    private final class Slots<Value: Sendable>: @unchecked Sendable {
        private let lock = NSLock()
        private var slots: [Value?]
        private var next = 0

        init(count: Int) { slots = Array(repeating: nil, count: count) }

        func claim() -> Int? {
            lock.lock()
            defer { lock.unlock() }
            guard next < slots.count else { return nil }
            next += 1
            return next - 1
        }

        func set(_ index: Int, _ value: Value) {
            lock.lock()
            slots[index] = value
            lock.unlock()
        }

        func values() -> [Value] {
            lock.lock()
            defer { lock.unlock() }
            return slots.map { $0! }
        }
    }
}
