import Dispatch

/// `map` over independent inputs on every core, keeping the input order.
public enum ConcurrentMap {
    public static func map<Input: Sendable, Output: Sendable>(
        _ inputs: [Input], _ transform: @Sendable (Input) -> Output
    ) -> [Output] {
        guard inputs.count > 1 else { return inputs.map(transform) }
        let slots = UnsafeMutableBufferPointer<Output?>.allocate(capacity: inputs.count)
        slots.initialize(repeating: nil)
        defer { slots.deinitialize(); slots.deallocate() }
        nonisolated(unsafe) let shared = slots
        // Each index is written by exactly one iteration, so no two threads touch the same slot.
        DispatchQueue.concurrentPerform(iterations: inputs.count) { index in
            shared[index] = transform(inputs[index])
        }
        return slots.map { $0! }
    }
}
