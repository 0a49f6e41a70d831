package org.unkg.serve;

import com.sun.management.HotSpotDiagnosticMXBean;
import com.sun.management.VMOption;
import java.lang.management.ManagementFactory;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Keeps the server's heap from shrinking while it serves. The JVM starts on a heap of a sixty-fourth of the machine's
 * memory, and G1 gives back what is free at its first concurrent cycle (as the warm-up loads the page code, the heap
 * fell from 388 to 120 MB), then grows it again by steps while the first views come in, collecting every few seconds
 * in between (README, "Scale", sessions 10 and 11). {@code MaxHeapFreeRatio} is one of the options a running JVM may
 * change: at 100 G1 never finds the heap too free, so it keeps what it has grown to. Left alone when the user chose it
 * ({@code -XX:MaxHeapFreeRatio}) or the JVM cannot change it.
 */
final class HeapFloor {
    private static final Logger LOG = LoggerFactory.getLogger(HeapFloor.class);
    static final String OPTION = "MaxHeapFreeRatio";

    private HeapFloor() {}

    /** Sets {@value #OPTION} to 100 unless it was set on the command line; returns whether it is 100 now. */
    static boolean keep() {
        try {
            HotSpotDiagnosticMXBean vm = ManagementFactory.getPlatformMXBean(HotSpotDiagnosticMXBean.class);
            VMOption o = vm.getVMOption(OPTION);
            if (o.getOrigin() == VMOption.Origin.DEFAULT && o.isWriteable()) {
                vm.setVMOption(OPTION, "100");
            }
            return vm.getVMOption(OPTION).getValue().equals("100");
        } catch (RuntimeException e) {
            LOG.debug("the heap may shrink: {} not set ({})", OPTION, e.toString());
            return false;
        }
    }
}
