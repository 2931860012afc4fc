package dev.switchboard.hub.plugins;

/** An uploaded archive was refused; {@code status} is the HTTP answer (400, 409, 415, 422). */
final class UploadRefusedException extends RuntimeException {

    private final int status;

    UploadRefusedException(int status, String message) {
        super(message);
        this.status = status;
    }

    int status() {
        return status;
    }
}
