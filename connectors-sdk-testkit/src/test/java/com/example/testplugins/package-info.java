/**
 * Small plugins the test kit's own tests pack into archives. They live outside
 * {@code dev.switchboard.sdk} on purpose: classes in that package are the SDK's, and a plugin that
 * carries them is refused as bundling the SDK.
 */
package com.example.testplugins;
