# DG_CC_TRY_FLAGS(VARIABLE, FLAGS...)
# Append to VARIABLE each flag of FLAGS that the C compiler accepts with
# -Werror, so that a warning the compiler does not know never breaks the
# build and the user's CFLAGS are left alone.
AC_DEFUN([DG_CC_TRY_FLAGS], [
  for dg_flag in m4_normalize([$2]); do
    AC_MSG_CHECKING([whether $CC accepts $dg_flag])
    dg_save_CFLAGS=$CFLAGS
    CFLAGS="$CFLAGS -Werror $dg_flag"
    AC_COMPILE_IFELSE([AC_LANG_PROGRAM([], [])],
      [AC_MSG_RESULT([yes]); $1="$$1 $dg_flag"],
      [AC_MSG_RESULT([no])])
    CFLAGS=$dg_save_CFLAGS
  done
])
