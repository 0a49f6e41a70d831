package org.unkg.testing;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/** Ends a headless browser the tests started, with the helper processes it spawned, and waits for all of them. */
public final class BrowserProcesses {
    private BrowserProcesses() {
    }

    /**
     * Asks the browser and its helper processes to end and waits for each (forcing the ones that take more than five
     * seconds): chromium's helpers write into the profile directory too, so a test's temporary profile can only be
     * deleted once every one of them has ended.
     */
    public static void stop(Process browser) {
        List<ProcessHandle> all = new ArrayList<>(browser.descendants().toList());
        all.add(browser.toHandle());
        all.forEach(ProcessHandle::destroy);
        for (ProcessHandle h : all) {
            try {
                h.onExit().get(5, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                h.destroyForcibly();
            } catch (Exception e) {
                h.destroyForcibly();
            }
        }
    }
}
