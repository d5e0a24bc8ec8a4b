// The translations library carries only the embedded .qm resources (see CMakeLists.txt).
namespace hukou::translations {
int linked() { return 1; }
} // namespace hukou::translations
