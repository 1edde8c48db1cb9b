package dev.crossroads.store;

import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.NotDirectoryException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * Which file in the profiles folder holds which profile. A profile's own file is {@link
 * ProfilePaths#profile}; one saved by an older crossroads may still be in a file named after it
 * ({@code 대학원.json}), until its next save moves it. A file holds:
 *
 * <ul>
 *   <li>the name written inside it, when the file is that name's own file;
 *   <li>otherwise the name its file name spells (older files, and files copied in by hand).
 * </ul>
 *
 * Reading never changes anything here.
 */
final class ProfileFiles {
  private final ProfilePaths paths;

  ProfileFiles(ProfilePaths paths) {
    this.paths = paths;
  }

  /** The file holding {@code name}: its own file, else an older one. */
  Optional<Path> find(ProfileName name) throws IOException {
    List<Path> found = allOf(name);
    return found.isEmpty() ? Optional.empty() : Optional.of(found.get(0));
  }

  /** Every file holding {@code name}, its own file first; more than one only after a crash. */
  List<Path> allOf(ProfileName name) throws IOException {
    Path own = paths.profile(name);
    List<Path> found = new ArrayList<>();
    if (Files.isRegularFile(own) && holder(own).filter(name::equals).isPresent()) {
      found.add(own);
    }
    if (FileStem.isPlain(name.value())) {
      return found; // a plain name is its own file name, so no other file can hold it
    }
    for (Path file : files()) {
      if (!file.equals(own) && holder(file).filter(name::equals).isPresent()) {
        found.add(file);
      }
    }
    return found;
  }

  /** Every profile with the file that holds it (its own file, when there are two), by name. */
  SortedMap<ProfileName, Path> all() throws IOException {
    SortedMap<ProfileName, Path> all = new TreeMap<>();
    for (Path file : files()) {
      Optional<ProfileName> name = holder(file);
      if (name.isPresent()
          && (!all.containsKey(name.get()) || file.equals(paths.profile(name.get())))) {
        all.put(name.get(), file);
      }
    }
    return all;
  }

  /** The profile {@code file} holds; empty for a stray file whose name is no profile name. */
  Optional<ProfileName> holder(Path file) {
    String fileName = RawFileName.of(file);
    String stem = fileName.substring(0, fileName.length() - ProfilePaths.EXTENSION.length());
    if (FileStem.looksHashed(stem)) {
      Optional<ProfileName> inside =
          NameField.read(file)
              .filter(ProfileName::isValid)
              .map(ProfileName::of)
              .filter(name -> FileStem.of(name).equals(stem));
      if (inside.isPresent()) {
        return inside;
      }
    }
    return ProfileName.isValid(stem) ? Optional.of(ProfileName.of(stem)) : Optional.empty();
  }

  /** The {@code *.json} files in the folder, in a fixed order. */
  private List<Path> files() throws IOException {
    Path dir = paths.profilesDir();
    if (!Files.isDirectory(dir)) {
      // A file where the folder (or the data folder above it) should be: "no profiles yet"
      // would hide that every save is about to fail.
      for (Path at = dir; at != null; at = at.getParent()) {
        if (Files.exists(at)) {
          if (!Files.isDirectory(at)) {
            throw new NotDirectoryException(at.toString());
          }
          break;
        }
      }
      return List.of();
    }
    List<Path> files = new ArrayList<>();
    try (DirectoryStream<Path> entries =
        Files.newDirectoryStream(dir, "*" + ProfilePaths.EXTENSION)) {
      for (Path file : entries) {
        if (Files.isRegularFile(file)) {
          files.add(file);
        }
      }
    }
    files.sort(null); // Paths compare by their bytes: the same order under every locale
    return files;
  }
}
