package dev.crossroads.cli;

import dev.crossroads.Problem;
import dev.crossroads.Message;
import dev.crossroads.input.IoReason;
import dev.crossroads.store.AtomicFile;
import dev.crossroads.store.ProfileName;
import dev.crossroads.store.ProfileStore;
import dev.crossroads.store.StoredProfile;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.NotDirectoryException;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code crossroads export NAME --format json [-o FILE]}: a profile in a shareable format, on
 * standard output or in a file that is never silently overwritten.
 */
@Command(name = "export", mixinStandardHelpOptions = true)
public final class ExportCommand extends ProfileCommand {
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

  public ExportCommand(ProfileCommandContext context) {
    super(context);
  }

  @Override
  public Integer call() {
    ProfileStore store = store();
    // md and markdown (any case) are one format, as for analyze and compare.
    String key = ReportFormat.of(format).map(ReportFormat::id).orElse(format);
    ExportFormat chosen = formats(store).get(key);
    if (chosen == null) {
      throw new Problem(
          Problem.Kind.USAGE,
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
      return printed(text);
    }
    write(output.get(), text);
    return done(messages().get("profiles.exported", profile.name().value(), output.get()));
  }

  private Map<String, ExportFormat> formats(ProfileStore store) {
    Map<String, ExportFormat> formats = new LinkedHashMap<>();
    formats.put("json", new ExportFormat("json", p -> store.codec().toJson(p.profile())));
    context.exportFormats().forEach(f -> formats.put(f.name(), f));
    return formats;
  }

  private void write(Path file, String text) {
    if (Files.isDirectory(file)) {
      throw new Problem(Problem.Kind.CANNOT_CREATE, Message.of("profiles.export.isDirectory", file));
    }
    byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
    try {
      if (Files.exists(file) && !Files.isRegularFile(file)) {
        // A device or a pipe (/dev/stdout, a FIFO) is written into, never replaced by a rename.
        Files.write(file, bytes, StandardOpenOption.WRITE);
        return;
      }
      if (Files.exists(file) && !force) {
        throw new Problem(Problem.Kind.CANNOT_CREATE, Message.of("profiles.export.exists", file));
      }
      AtomicFile.write(file, bytes);
    } catch (IOException e) {
      throw new Problem(
          cannotCreate(e) ? Problem.Kind.CANNOT_CREATE : Problem.Kind.IO,
          Message.of("profiles.export.cannotWrite", file, IoReason.of(e)),
          e);
    }
  }

  /**
   * True when the file cannot be made where it was asked for (no such folder, a file in the way,
   * not allowed): 73. Anything else is the disk failing the write (full, too large, an I/O
   * error): 74.
   */
  private static boolean cannotCreate(IOException e) {
    return e instanceof NoSuchFileException
        || e instanceof NotDirectoryException
        || e instanceof AccessDeniedException
        || (e instanceof FileSystemException f && "Not a directory".equals(f.getReason()));
  }
}
