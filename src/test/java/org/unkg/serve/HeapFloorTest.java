package org.unkg.serve;

import static org.assertj.core.api.Assertions.assertThat;

import com.sun.management.HotSpotDiagnosticMXBean;
import java.lang.management.ManagementFactory;
import org.junit.jupiter.api.Test;

/** {@link HeapFloor}: the running JVM no longer gives back free heap once the server keeps it. */
class HeapFloorTest {
    @Test
    void keepingTheHeapSetsMaxHeapFreeRatioTo100InTheRunningJvm() {
        HotSpotDiagnosticMXBean vm = ManagementFactory.getPlatformMXBean(HotSpotDiagnosticMXBean.class);
        boolean userChose = vm.getVMOption(HeapFloor.OPTION).getOrigin() != com.sun.management.VMOption.Origin.DEFAULT
                && !vm.getVMOption(HeapFloor.OPTION).getValue().equals("100");
        boolean kept = HeapFloor.keep();
        assertThat(kept).isEqualTo(!userChose);
        if (kept) {
            assertThat(vm.getVMOption(HeapFloor.OPTION).getValue()).isEqualTo("100");
        }
    }
}
