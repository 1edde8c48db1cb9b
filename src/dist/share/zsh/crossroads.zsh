# Tab completion for crossroads in zsh: source this file from ~/.zshrc.
# picocli writes the completion script for bash; that script turns on zsh's bashcompinit itself,
# so zsh loads the very same file, which lies beside this one in the install.
source "${${(%):-%x}:A:h}/../bash-completion/completions/crossroads"
