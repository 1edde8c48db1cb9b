package dev.crossroads.fuzz;

/** How one case ended, and for a failure what went wrong. */
record Result(Outcome outcome, String detail) {
  static final Result ACCEPTED = new Result(Outcome.ACCEPTED, "");
  static final Result REFUSED = new Result(Outcome.REFUSED, "");

  static Result failed(String detail) {
    return new Result(Outcome.FAILED, detail);
  }

  static Result failed(Throwable e) {
    java.io.StringWriter trace = new java.io.StringWriter();
    e.printStackTrace(new java.io.PrintWriter(trace));
    String text = trace.toString();
    return failed(text.length() > 3000 ? text.substring(0, 3000) : text);
  }
}
