package dev.crossroads.cli;

import dev.crossroads.ExitCode;
import dev.crossroads.Failure;
import dev.crossroads.Message;
import dev.crossroads.Messages;
import dev.crossroads.input.IoReason;
import dev.crossroads.store.AtomicFile;
import dev.crossroads.store.ProfileName;
import dev.crossroads.store.ProfileStore;
import dev.crossroads.store.StoredProfile;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code crossroads export NAME --format json [-o FILE]}: a profile in a shareable format, on
 * standard output or in a file that is never silently overwritten.
 */
@Command(name = "export", mixinStandardHelpOptions = true)
public final class ExportCommand implements Callable<Integer> {
  private final ProfileCommandContext context;

  @Spec CommandSpec spec;

  @Mixin HomeOption home;

  @Parameters(index = "0", paramLabel = "NAME", descriptionKey = "profiles.param.name")
  String name;

  @Option(
      names = {"-f", "--format"},
      paramLabel = "FORMAT",
      defaultValue = "json",
      descriptionKey = "profiles.export.format")
  String format;

  @Option(names = {"-o", "--output"}, paramLabel = "FILE", descriptionKey = "profiles.export.output")
  Optional<Path> output;

  @Option(names = "--force", descriptionKey = "profiles.export.force")
  boolean force;

  public ExportCommand(AppContext app) {
    this(ProfileCommandContext.from(app));
  }

  public ExportCommand(ProfileCommandContext context) {
    this.context = context;
  }

  @Override
  public Integer call() {
    Messages messages = context.messages();
    PrintWriter out = spec.commandLine().getOut();
    ProfileStore store = context.store().apply(home.value());
    // md and markdown (any case) are one format, as for analyze and compare.
    String key = ReportFormat.of(format).map(ReportFormat::id).orElse(format);
    ExportFormat chosen = formats(store).get(key);
    if (chosen == null) {
      throw new Failure(
          ExitCode.USAGE,
          Message.of(
              "profiles.export.unknownFormat",
              format,
              String.join(", ", formats(store).keySet().stream()
                  .map(name -> name.equals(ReportFormat.MARKDOWN.id()) ? "md (or markdown)" : name)
                  .toList())));
    }
    StoredProfile profile = store.load(ProfileName.of(name));
    String text = chosen.render().apply(profile);
    if (!text.endsWith("\n")) {
      text += "\n";
    }
    if (output.isEmpty()) {
      out.print(text);
      out.flush();
      return ExitCode.OK;
    }
    write(output.get(), text);
    out.println(messages.get("profiles.exported", profile.name().value(), output.get()));
    out.flush();
    return ExitCode.OK;
  }

  private Map<String, ExportFormat> formats(ProfileStore store) {
    Map<String, ExportFormat> formats = new LinkedHashMap<>();
    formats.put("json", new ExportFormat("json", p -> store.codec().toJson(p.profile())));
    context.exportFormats().forEach(f -> formats.put(f.name(), f));
    return formats;
  }

  private void write(Path file, String text) {
    if (Files.isDirectory(file)) {
      throw new Failure(ExitCode.CANT_CREATE, Message.of("profiles.export.isDirectory", file));
    }
    byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
    try {
      if (Files.exists(file) && !Files.isRegularFile(file)) {
        // A device or a pipe (/dev/stdout, a FIFO) is written into, never replaced by a rename.
        Files.write(file, bytes, StandardOpenOption.WRITE);
        return;
      }
      if (Files.exists(file) && !force) {
        throw new Failure(ExitCode.CANT_CREATE, Message.of("profiles.export.exists", file));
      }
      AtomicFile.write(file, bytes);
    } catch (IOException e) {
      // The disk refused (full, not allowed, a file where a folder should be): an I/O error.
      throw new Failure(
          ExitCode.IO, Message.of("profiles.export.cannotWrite", file, IoReason.of(e)), e);
    }
  }
}
