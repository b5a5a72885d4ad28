package org.bt4j.line;

/**
 * Where on the stack an indicator was constructed, so that {@link LineContext} can tell which
 * registered indicator a helper was built inside. {@code depth} counts the indicators under
 * construction around this one; {@code own} is the bottom (most derived) constructor frame of
 * this indicator's own constructor chain, {@code outer} that of the nearest enclosing one (null at
 * depth 0). Set-up time only.
 */
record ConstructionSite(int depth, Frame own, Frame outer) {

    /** One constructor frame: its class, descriptor, bytecode index and the frames below it. */
    record Frame(Class<?> type, String descriptor, int bci, int below) {

        static Frame of(StackWalker.StackFrame f, int below) {
            return new Frame(f.getDeclaringClass(), f.getDescriptor(), f.getByteCodeIndex(), below);
        }

        /**
         * Whether {@code inner} (an enclosing frame seen by a later indicator) is this frame still
         * running, now in the constructor body: same constructor at the same stack height, at a
         * later bytecode index than the super/this call where this indicator registered. A frame
         * still evaluating the arguments of that call is at an earlier index and belongs to a
         * newer, not yet registered indicator.
         */
        boolean continuedBy(Frame inner) {
            return inner != null && type == inner.type && below == inner.below && bci < inner.bci
                    && descriptor.equals(inner.descriptor);
        }
    }
}
