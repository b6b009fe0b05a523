// Element tests run under web-test-runner's mocha; its globals (describe, it, hooks) are typed here only.
/// <reference types="mocha" />
