package dev.switchboard.hub.routes;

/** A route file could not be parsed or its routes could not be started; carries where and why. */
class RouteFileException extends Exception {

    private final transient RouteProblem problem;

    RouteFileException(RouteProblem problem, Throwable cause) {
        super(problem.toString(), cause);
        this.problem = problem;
    }

    RouteProblem problem() {
        return problem;
    }
}
