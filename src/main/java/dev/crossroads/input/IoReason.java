package dev.crossroads.input;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.DirectoryNotEmptyException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.NotDirectoryException;
import java.nio.file.Path;
import java.util.Locale;

/**
 * Why the disk refused, as a person would say it: "file too large", "no space left on device",
 * "permission denied". Never an exception's class name.
 */
public final class IoReason {
  private IoReason() {}

  public static String of(IOException e) {
    // Java names these by their class and leaves the system's words out.
    if (e instanceof AccessDeniedException) {
      return "permission denied";
    }
    if (e instanceof NoSuchFileException) {
      return "no such file or folder";
    }
    if (e instanceof FileAlreadyExistsException fe) {
      // Making a folder where a file is gives this too; "already exists" would not say which.
      if (fe.getFile() != null && Files.isRegularFile(Path.of(fe.getFile()))) {
        return fe.getFile() + " is a file where a folder should be";
      }
      return "the file already exists";
    }
    if (e instanceof NotDirectoryException nd) {
      // The file in the way may be a folder further up than the one being read.
      return nd.getFile() == null ? "not a folder" : nd.getFile() + " is not a folder";
    }
    if (e instanceof DirectoryNotEmptyException) {
      return "the folder is not empty";
    }
    String reason = e instanceof FileSystemException fse ? fse.getReason() : e.getMessage();
    if (reason == null || reason.isBlank()) {
      return "the system gave no reason";
    }
    return plain(reason.strip());
  }

  /** "File too large" → "file too large"; "EOF" and other capitals stay. */
  private static String plain(String reason) {
    if (reason.length() > 1
        && Character.isUpperCase(reason.charAt(0))
        && Character.isLowerCase(reason.charAt(1))) {
      return reason.substring(0, 1).toLowerCase(Locale.ROOT) + reason.substring(1);
    }
    return reason;
  }
}
